import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { gridRoster, type RosterFilter } from '@types-contract/ledger/roster';
import { routeUrl } from '../../../app-shell/route-paths';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { FilterChips } from '../components/filter-chips';
import { RosterList } from '../components/roster-list';
import { SearchCard } from '../components/search-card';

const FILTERS: { key: RosterFilter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'corrections', label: '待更正' },
  { key: 'overdue', label: '到期待核实' },
  { key: 'aged80', label: '80岁以上' },
  { key: 'hardship', label: '特困' },
  { key: 'contribution', label: '重大贡献' },
  { key: 'decorated', label: '立功受奖' },
  { key: 'incomplete', label: '待补全' },
];

/**
 * 网格台账: my grid's people, with filters for key groups, overdue verification and pending work, and a search
 * by name or the last digits of the phone (the server searches the grid it lets the caller see).
 */
export default function RosterPage() {
  // 首页's to-do 待核实更正 opens the list on its filter (?filter=corrections).
  const asked = useRouter().params.filter;
  const [filter, setFilter] = useState<RosterFilter>(
    FILTERS.some((f) => f.key === asked) ? (asked as RosterFilter) : 'all',
  );
  const [query, setQuery] = useState('');
  const roster = useQuery(gridRoster, { filter, query });
  return (
    <PageShell>
      <QueryView query={roster}>
        {(r) => (
          <>
            <View className="card">
              <Text className="card-title">{r.gridName}</Text>
              <Text className="text-block">
                在册 {r.counts.all} 人 · 待确认登记 {r.pendingRegistrations} 人
              </Text>
            </View>
            <SearchCard name="rosterQuery" placeholder="姓名，或手机号后4位" onSearch={setQuery} testId="roster-search">
              {query && roster.stale ? (
                <Text className="text-block muted" data-testid="roster-found">
                  正在查找“{query}”…
                </Text>
              ) : query ? (
                <Text className="text-block" data-testid="roster-found">
                  “{query}”：找到 {r.items.length} 人
                </Text>
              ) : null}
            </SearchCard>
            <FilterChips
              options={FILTERS.map((f) => ({ ...f, count: r.counts[f.key] }))}
              active={filter}
              onChange={setFilter}
            />
            <RosterList
              rows={r.items}
              onOpen={(id) => void Taro.navigateTo({ url: `${routeUrl('ledgerFile')}?id=${id}` })}
            />
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
