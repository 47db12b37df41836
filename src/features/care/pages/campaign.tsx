import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { campaignProgress } from '@types-contract/care/coverage';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { CoverageBar } from '../components/coverage-bar';
import { OrgTrail, type TrailStep } from '../components/org-trail';
import { openCare } from '../care-routes';

/** One campaign's progress: per street / community / grid; at a grid, who is still to be visited. */
export default function CampaignPage() {
  const { params } = useRouter();
  const id = String(params.id ?? '');
  const [trail, setTrail] = useState<TrailStep[]>([]);
  const orgId = trail.length ? trail[trail.length - 1].id : null;
  const data = useQuery(campaignProgress, { id, orgId });
  useRefetchOnReturn(data);
  return (
    <PageShell>
      <QueryView query={data}>
        {(p) => (
          <>
            <View className="card" data-testid="campaign-progress">
              <Text className="card-title">{p.campaign.name}</Text>
              <Text className="muted">
                {p.campaign.startDate} 至 {p.campaign.endDate}
                {p.running ? '（进行中）' : ''}
              </Text>
              <OrgTrail trail={trail} onBack={() => setTrail(trail.slice(0, -1))} />
              <CoverageBar
                testId="campaign-total"
                name={p.node.name}
                covered={p.total.covered}
                of={p.total.targets}
                rate={p.total.rate}
              />
              {p.rows.map((r) => (
                <CoverageBar
                  key={r.id}
                  testId={`campaign-row-${r.id}`}
                  name={r.name}
                  covered={r.covered}
                  of={r.targets}
                  rate={r.rate}
                  onOpen={() => setTrail([...trail, { id: r.id, name: r.name }])}
                />
              ))}
            </View>
            {p.uncovered ? (
              <View className="card" data-testid="campaign-uncovered">
                <Text className="card-title">尚未走访（{p.uncovered.length} 人）</Text>
                {p.uncovered.length === 0 ? <Text className="text-block">本网格的走访对象已全部走访。</Text> : null}
                {p.uncovered.map((u) => (
                  <View key={u.veteranId} className="list-item" data-testid={`uncovered-${u.veteranId}`}>
                    <Text className="text-block">
                      {u.name}
                      {u.keyGroup ? `（${u.keyGroup}）` : ''}
                    </Text>
                    {p.running ? (
                      <Button
                        className="btn btn-primary btn-small"
                        onClick={() =>
                          openCare('log-visit', {
                            veteranId: u.veteranId,
                            name: u.name,
                            campaignId: p.campaign.id,
                            campaignName: p.campaign.name,
                          })
                        }
                      >
                        记录走访
                      </Button>
                    ) : null}
                  </View>
                ))}
              </View>
            ) : null}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
