import '../activities.css';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { listVolunteers, type VolunteerRow } from '@types-contract/activities/volunteer-list';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { ChoiceChips } from '../../../components/choice-chips';
import { Pager } from '../../../components/pager';
import { mayAt, seatsWhere } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { VolunteerExportCard } from '../components/volunteer-export-card';

const PAGE_SIZE = 20;

function Row({ v }: { v: VolunteerRow }) {
  return (
    <View className="volunteer-row" data-testid="volunteer-row">
      <View className="volunteer-head">
        <Text className="volunteer-name">{v.name}</Text>
        <Text className={v.services ? 'volunteer-hours' : 'volunteer-none'}>
          {v.services ? `${v.hours}小时 · ${v.services}次` : '尚无服务记录'}
        </Text>
      </View>
      <Text className="muted text-block">
        {v.place}
        {v.phoneMasked ? `　${v.phoneMasked}` : ''}
      </Text>
      <Text className="text-block">特长：{v.skills.join('、')}</Text>
      <Text className="muted text-block">
        服务区域：{v.areaName}　可服务：{v.availability.join('、')}
      </Text>
      <Text className="muted text-block">{v.registeredAt} 登记</Text>
    </View>
  );
}

/** 志愿者名册: the registered volunteers under a node the caller organises for, with their recorded hours. */
export default function VolunteersPage() {
  const me = useQuery(whoami, {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const who = me.data;
  const seats = who ? seatsWhere(who, 'activity:organise') : [];
  const nodes = [...new Map(seats.map((r) => [r.orgId, { id: r.orgId, name: r.orgName, path: r.orgPath }])).values()];
  const node = nodes.find((n) => n.id === chosen) ?? nodes[0];
  const list = useQuery(
    listVolunteers,
    { orgId: node?.id ?? '', page, pageSize: PAGE_SIZE },
    { enabled: Boolean(node) },
  );
  return (
    <PageShell>
      <QueryView query={me}>
        {() =>
          node ? (
            <View>
              {nodes.length > 1 ? (
                <View className="card">
                  <ChoiceChips
                    name="volunteerNode"
                    label="单位"
                    options={nodes.map((n) => n.id)}
                    labels={Object.fromEntries(nodes.map((n) => [n.id, n.name]))}
                    value={node.id}
                    onChange={(id) => {
                      setChosen(id);
                      setPage(1);
                    }}
                  />
                </View>
              ) : null}
              <QueryView query={list}>
                {(l) => (
                  <View className="card">
                    <Text className="card-title">
                      {l.orgName}志愿者 {l.total} 人
                    </Text>
                    {l.items.length ? (
                      l.items.map((v) => <Row key={v.veteranId} v={v} />)
                    ) : (
                      <Text className="text-block muted">还没有退役军人登记为志愿者。</Text>
                    )}
                    <Pager page={l.page} pageSize={l.pageSize} total={l.total} unit="人" onPage={setPage} />
                  </View>
                )}
              </QueryView>
              <VolunteerExportCard
                orgId={node.id}
                canFull={Boolean(who) && mayAt(who as NonNullable<typeof who>, 'ledger:full', { orgPath: node.path })}
              />
            </View>
          ) : (
            <View className="card">
              <Text className="text-block">只有网格员和服务站、街道、区的工作人员可以查看志愿者名册。</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
