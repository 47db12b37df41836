import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { myRequests } from '@types-contract/requests/follow';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ChoiceChips } from '../../../components/choice-chips';
import { RequestCard } from '../components/request-card';
import { detailUrl, REQUEST_PAGES } from '../routes';

const STATES = { open: '办理中的', done: '已结束的' } as const;

/** 我的诉求: open ones first; finished ones a tap away; a big button to submit a new one. */
export default function MyRequestsPage() {
  const [state, setState] = useState<'open' | 'done'>('open');
  const list = useQuery(myRequests, { state });
  useDidShow(() => list.retry());
  return (
    <PageShell>
      <View className="card">
        <Button
          className="btn btn-primary"
          data-testid="new-request"
          onClick={() => void Taro.navigateTo({ url: REQUEST_PAGES.submit })}
        >
          提交新诉求
        </Button>
        <ChoiceChips
          name="state"
          label="查看"
          options={['open', 'done'] as const}
          labels={STATES}
          value={state}
          onChange={setState}
        />
      </View>
      <QueryView query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <View className="card">
              <Text className="text-block">{state === 'open' ? '没有正在办理的诉求。' : '还没有已结束的诉求。'}</Text>
            </View>
          ) : (
            <View>
              {items.map((item) => (
                <RequestCard
                  key={item.id}
                  item={item}
                  onOpen={() => void Taro.navigateTo({ url: detailUrl(item.id) })}
                />
              ))}
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
