import '../party.css';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { branchMembers } from '@types-contract/party/organisation';
import { exportMeetings, listMeetings } from '@types-contract/party/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { DateField } from '../../../components/date-field';
import { FieldError } from '../../../components/field-error';
import { useAction, useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { deliverExport } from '../../../lib/exports/deliver-export';
import { shanghai } from '../../../lib/time/format';
import { ParticipationCard } from '../components/participation-card';
import { thisYear } from '../period';
import { BusyButton } from '../../../components/busy-button';

/**
 * A branch as its secretary or party-affairs staff keep it: the meetings of a period (tap to record one), each
 * member's participation, the 三会一课 table for the provincial system, and the members with their 党小组.
 */
export default function PartyBranchPage() {
  const branchId = useRouter().params.id ?? '';
  const [period, setPeriod] = useState(thisYear);
  const meetings = useQuery(listMeetings, { branchId, ...period });
  const members = useQuery(branchMembers, { branchId });
  const exporting = useAction(exportMeetings);
  useRefetchOnReturn(meetings);
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const exportTable = async () => {
    const file = await exporting.run({ branchId, ...period });
    if (file) await deliverExport(file);
  };
  return (
    <PageShell>
      {/* Nothing of the branch shows before its keeper is confirmed: a refusal is the whole page. */}
      <QueryView query={members}>
        {(m) => (
          <View>
            <View className="card">
              <Text className="card-title">{m.branch.name}</Text>
              <Button
                className="btn btn-primary"
                data-testid="schedule-meeting"
                onClick={go(`${routeUrl('partySchedule')}?branchId=${branchId}`)}
              >
                安排组织生活
              </Button>
            </View>
            <View className="card">
              <Text className="card-title">统计期间</Text>
              <DateField
                name="from"
                label="开始日期"
                value={period.from}
                onChange={(from) => setPeriod((p) => ({ ...p, from }))}
              />
              <DateField
                name="to"
                label="结束日期"
                value={period.to}
                onChange={(to) => setPeriod((p) => ({ ...p, to }))}
              />
              <BusyButton
                className="btn btn-plain"
                data-testid="export-meetings"
                busy={exporting.loading}
                onClick={() => void exportTable()}
              >
                导出三会一课台账（Excel）
              </BusyButton>
              <FieldError error={exporting.error?.message} />
            </View>
            <View className="card">
              <Text className="card-title">组织生活</Text>
              <QueryView query={meetings}>
                {({ items }) =>
                  items.length ? (
                    <View>
                      {items.map((m) => (
                        <View
                          key={m.id}
                          className="list-item list-item-link"
                          data-testid={`meeting-${m.id}`}
                          onClick={go(`${routeUrl('partyMeeting')}?id=${m.id}`)}
                        >
                          <View>
                            <Text className="text-block">
                              【{m.kindLabel}】{m.subject}
                            </Text>
                            <Text className="muted">
                              {shanghai(m.startAt)}
                              {m.smallGroupName ? ` · ${m.smallGroupName}` : ''}
                            </Text>
                          </View>
                          <Text className={m.status === 'recorded' ? 'status-ok' : 'status-wait'}>
                            {m.status === 'recorded' ? `出席${m.counts.present}/${m.counts.expected}` : '待登记'}
                          </Text>
                        </View>
                      ))}
                    </View>
                  ) : (
                    <Text className="text-block muted">这段时间没有会议。</Text>
                  )
                }
              </QueryView>
            </View>
            <ParticipationCard branchId={branchId} from={period.from} to={period.to} />
            <View className="card">
              <Text className="card-title">党员名单（{m.items.length}人）</Text>
              {m.items.map((p) => (
                <View key={p.veteranId} className="participation-row">
                  <Text>{p.name}</Text>
                  <Text className="muted">
                    {p.smallGroupName || '未编入党小组'}
                    {p.bound ? '' : ' · 未绑定微信'}
                  </Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
