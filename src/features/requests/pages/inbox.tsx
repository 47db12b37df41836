import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { requestInbox } from '@types-contract/requests/inbox';
import { REQUEST_CATEGORIES, type RequestCategory } from '@types-contract/requests/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ChoiceChips } from '../../../components/choice-chips';
import { Pager } from '../../../components/pager';
import { RequestCard } from '../components/request-card';
import { detailUrl, REQUEST_PAGES } from '../routes';

const SCOPES = { queue: '待我单位办理', area: '辖区全部' } as const;
const SHOW = { all: '全部', overdue: '已超期', legacy: '历史遗留' } as const;
type Show = keyof typeof SHOW;

/** The staff inbox: urgent first, then the nearest deadline; by scope, overdue, legacy and category. */
export default function InboxPage() {
  const [scope, setScope] = useState<'queue' | 'area'>('queue');
  const [state, setState] = useState<'open' | 'done'>('open');
  const [show, setShow] = useState<Show>('all');
  const [category, setCategory] = useState<RequestCategory | '全部'>('全部');
  const [page, setPage] = useState(0);
  // Pages after the first list what was there when the first was read (requests submitted since shift none).
  const [asOf, setAsOf] = useState<string | undefined>();
  const inbox = useQuery(requestInbox, {
    scope,
    state,
    page,
    ...(page > 0 && asOf ? { asOf } : {}),
    ...(show === 'overdue' ? { overdue: true } : show === 'legacy' ? { legacy: true } : {}),
    ...(category !== '全部' ? { category } : {}),
  });
  useDidShow(() => inbox.retry());
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };
  return (
    <PageShell>
      <View className="card">
        <ChoiceChips
          name="scope"
          label="范围"
          options={['queue', 'area'] as const}
          labels={SCOPES}
          value={scope}
          onChange={reset(setScope)}
        />
        <ChoiceChips
          name="state"
          label="状态"
          options={['open', 'done'] as const}
          labels={{ open: '未办结', done: '已办结/退回' }}
          value={state}
          onChange={reset(setState)}
        />
        <ChoiceChips
          name="show"
          label="筛选"
          options={['all', 'overdue', 'legacy'] as const}
          labels={SHOW}
          value={show}
          onChange={reset(setShow)}
        />
        <ChoiceChips
          name="category"
          label="类别"
          options={['全部', ...REQUEST_CATEGORIES] as const}
          value={category}
          onChange={reset(setCategory)}
        />
        <Button className="btn btn-plain" onClick={() => void Taro.navigateTo({ url: REQUEST_PAGES.figures })}>
          统计与导出
        </Button>
      </View>
      <QueryView query={inbox}>
        {({ items, total, page: shown, pageSize, asOf: readAt }) => (
          <View data-testid="inbox">
            {items.length === 0 ? (
              <View className="card">
                <Text className="text-block">没有符合条件的诉求。</Text>
              </View>
            ) : null}
            {items.map((item) => (
              <RequestCard
                key={item.id}
                item={item}
                forStaff
                onOpen={() => void Taro.navigateTo({ url: detailUrl(item.id) })}
              />
            ))}
            <Pager
              page={shown + 1}
              pageSize={pageSize}
              total={total}
              unit="件"
              onPage={(p) => {
                setAsOf(shown === 0 ? readAt : asOf);
                setPage(p - 1);
              }}
            />
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
