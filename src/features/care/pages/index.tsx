import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { uncontacted } from '@types-contract/care/coverage';
import { listTasks } from '@types-contract/care/tasks';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { shanghaiDate } from '../shanghai-date';

const logVisit = (q: Record<string, string>) => void Taro.navigateTo({ url: `/features/care/pages/log-visit?${Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` });

/** 走访慰问 for a grid member: the six-mandatory-visit tasks (overdue first) and who has not been contacted. */
export default function CarePage() {
  const tasks = useQuery(listTasks, {});
  const list = useQuery(uncontacted, {});
  return (
    <PageShell>
      <QueryView query={tasks}>
        {(t) => (
          <View className='card' data-testid='tasks'>
            <Text className='card-title'>六必访任务{t.overdue ? `（${t.overdue} 项已超期）` : ''}</Text>
            {t.items.length === 0 ? <Text className='text-block'>暂无待走访任务。</Text> : null}
            {t.items.map((task) => (
              <View key={task.id} className='list-item'>
                <View>
                  <Text className='text-block'>{task.veteranName} · {task.occasionLabel}</Text>
                  <Text className={task.overdue ? 'field-error' : 'muted'}>{task.overdue ? '已超期，' : ''}应于 {shanghaiDate(task.dueAt)} 前走访</Text>
                </View>
                <Button className='btn btn-primary btn-small' onClick={() => logVisit({ veteranId: task.veteranId, name: task.veteranName, taskId: task.id, occasion: task.occasion })}>记录走访</Button>
              </View>
            ))}
          </View>
        )}
      </QueryView>
      <QueryView query={list}>
        {(u) => (
          <View className='card' data-testid='uncontacted'>
            <Text className='card-title'>超期未联系（一般 {u.contactDays} 天，重点人群 {u.keyGroupContactDays} 天）</Text>
            <Text className='muted'>本网格在册 {u.total} 人，{u.items.length} 人需要联系</Text>
            {u.items.map((r) => (
              <View key={r.veteranId} className='list-item' data-testid={`uncontacted-${r.veteranId}`}>
                <View>
                  <Text className='text-block'>{r.name}{r.keyGroup ? `（${r.keyGroup}）` : ''}</Text>
                  <Text className='muted'>{r.lastContact ? `上次联系 ${r.lastContact}，已 ${r.daysSince} 天` : '两年内没有走访记录'}</Text>
                </View>
                <Button className='btn btn-plain btn-small' onClick={() => logVisit({ veteranId: r.veteranId, name: r.name })}>记录走访</Button>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
