import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listCampaigns, uncontacted } from '@types-contract/care/coverage';
import { listTasks } from '@types-contract/care/tasks';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { day } from '../../../lib/time/format';
import { openCare } from '../care-routes';
import { CoverageBar } from '../components/coverage-bar';
import { routeUrl } from '../../../app-shell/route-paths';

const logVisit = (q: Record<string, string>) => openCare('log-visit', q);

/** 走访慰问 for a grid member: the six-mandatory-visit tasks (overdue first) and who has not been contacted. */
export default function CarePage() {
  const tasks = useQuery(listTasks, {});
  const list = useQuery(uncontacted, {});
  const campaigns = useQuery(listCampaigns, {});
  useRefetchOnReturn(tasks, list, campaigns);
  return (
    <PageShell>
      <View className="card">
        <Text className="text-block">为某位退役军人记录走访或登记六必访事由：在「网格台账」中打开他的档案。</Text>
        <Button
          className="btn btn-plain btn-small"
          data-testid="care-open-roster"
          onClick={() => void Taro.navigateTo({ url: routeUrl('gridLedger') })}
        >
          打开网格台账
        </Button>
      </View>
      <QueryView query={campaigns}>
        {({ items }) =>
          items.length ? (
            <View className="card" data-testid="grid-campaigns">
              <Text className="card-title">大走访</Text>
              {items.map((c) => (
                <CoverageBar
                  key={c.id}
                  testId={`campaign-${c.id}`}
                  name={`${c.name}（${c.startDate} 至 ${c.endDate}）`}
                  covered={c.covered}
                  of={c.targets}
                  rate={c.rate}
                  onOpen={() => openCare('campaign', { id: c.id })}
                />
              ))}
            </View>
          ) : null
        }
      </QueryView>
      <QueryView query={tasks}>
        {(t) => (
          <View className="card" data-testid="tasks">
            <Text className="card-title">六必访任务{t.overdue ? `（${t.overdue} 项已超期）` : ''}</Text>
            {t.items.length === 0 ? <Text className="text-block">暂无待走访任务。</Text> : null}
            {t.items.map((task) => (
              <View key={task.id} className="list-item">
                <View>
                  <Text className="text-block">
                    {task.veteranName} · {task.occasionLabel}
                  </Text>
                  <Text className={task.overdue ? 'field-error' : 'muted'}>
                    {task.overdue ? '已超期，' : ''}应于 {day(task.dueAt)} 前走访
                  </Text>
                </View>
                <Button
                  className="btn btn-primary btn-small"
                  onClick={() =>
                    logVisit({
                      veteranId: task.veteranId,
                      name: task.veteranName,
                      taskId: task.id,
                      occasion: task.occasion,
                    })
                  }
                >
                  记录走访
                </Button>
              </View>
            ))}
          </View>
        )}
      </QueryView>
      <QueryView query={list}>
        {(u) => (
          <View className="card" data-testid="uncontacted">
            <Text className="card-title">
              超期未联系（一般 {u.contactDays} 天，重点人群 {u.keyGroupContactDays} 天）
            </Text>
            <Text className="muted">
              本网格在册 {u.total} 人，{u.items.length} 人需要联系
            </Text>
            {u.items.map((r) => (
              <View key={r.veteranId} className="list-item" data-testid={`uncontacted-${r.veteranId}`}>
                <View>
                  <Text className="text-block">
                    {r.name}
                    {r.keyGroup ? `（${r.keyGroup}）` : ''}
                  </Text>
                  <Text className="muted">
                    {r.lastContact ? `上次联系 ${r.lastContact}，已 ${r.daysSince} 天` : '两年内没有走访记录'}
                  </Text>
                </View>
                <Button
                  className="btn btn-plain btn-small"
                  onClick={() => logVisit({ veteranId: r.veteranId, name: r.name })}
                >
                  记录走访
                </Button>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
