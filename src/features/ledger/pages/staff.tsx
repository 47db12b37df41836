import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { ledgerStats, searchLedger, type LedgerFilter } from '@types-contract/ledger/search';
import { routeUrl } from '../../../app-shell/route-paths';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ExportCard } from '../components/export-card';
import { ImportCard } from '../components/import-card';
import { FilterChips } from '../components/filter-chips';
import { RosterList } from '../components/roster-list';
import { SearchCard } from '../components/search-card';
import { StatsTable } from '../components/stats-table';
import { RecomputeCard } from '../components/recompute-card';
import { Pager } from '../../../components/pager';

const FILTERS: { key: LedgerFilter; label: string }[] = [
  { key: 'all', label: '全部在册' },
  { key: 'aged80', label: '80岁以上' },
  { key: 'hardship', label: '特困' },
  { key: 'contribution', label: '重大贡献' },
  { key: 'decorated', label: '立功受奖' },
  { key: 'unverified', label: '未核实' },
  { key: 'moved_out', label: '已迁出' },
  { key: 'deceased', label: '已故' },
];

const PAGE_SIZE = 30;

/** 台账 for staff: filing rates of the areas below, search and filters, export and import (station, street, district). */
export default function StaffLedgerPage() {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LedgerFilter>('all');
  const [pageNo, setPageNo] = useState(1);
  const stats = useQuery(ledgerStats, {});
  const page = useQuery(searchLedger, { query, filter, page: pageNo, pageSize: PAGE_SIZE });
  const me = useQuery(whoami, {});
  // What the page offers is asked of the policies (the functions check again).
  const keepsWhole = mayAnywhere(me.data, 'ledger:full');
  const imports = mayAnywhere(me.data, 'ledger:import');
  const exports = mayAnywhere(me.data, 'ledger:export');
  const search = (q: string) => {
    setQuery(q);
    setPageNo(1);
  };
  // The recompute of the statistics: the district's, who change the rules it follows.
  const setsRules = mayAnywhere(me.data, 'ledger:settings');
  const resolvesDuplicates = mayAnywhere(me.data, 'ledger:duplicates');
  const readsRules = mayAnywhere(me.data, 'ledger:rules-read');
  const imported = () => {
    stats.retry();
    page.retry();
  };
  return (
    <PageShell>
      <RecomputeCard enabled={setsRules} onDone={stats.retry} />
      <QueryView query={stats}>{(s) => <StatsTable total={s.total} rows={s.rows} />}</QueryView>
      <SearchCard name="query" placeholder="姓名，或身份证号前6位/后4位" onSearch={search} />
      <FilterChips
        options={FILTERS}
        active={filter}
        onChange={(f) => {
          setFilter(f);
          setPageNo(1);
        }}
      />
      <QueryView query={page}>
        {(p) => (
          <>
            <RosterList
              rows={p.items}
              onOpen={(id) => void Taro.navigateTo({ url: `${routeUrl('ledgerFile')}?id=${id}` })}
            />
            <Pager page={p.page} pageSize={p.pageSize} total={p.total} unit="人" onPage={setPageNo} />
          </>
        )}
      </QueryView>
      {exports ? (
        <ExportCard
          canFull={keepsWhole}
          query={query}
          filter={filter}
          filterLabel={FILTERS.find((f) => f.key === filter)?.label ?? ''}
        />
      ) : null}
      {imports ? <ImportCard onImported={imported} /> : null}
      {readsRules ? (
        <View className="card">
          <Text className="muted text-block">档案完整的标准和核实周期（决定建档率和“未核实”）。</Text>
          <Button
            className="btn btn-plain"
            data-testid="open-ledger-rules"
            onClick={() => void Taro.navigateTo({ url: routeUrl('ledgerRules') })}
          >
            台账规则
          </Button>
        </View>
      ) : null}
      {resolvesDuplicates ? (
        <View className="card">
          <Text className="muted text-block">身份证号相同的档案须合并或更正身份证号。</Text>
          <Button className="btn btn-plain" onClick={() => void Taro.navigateTo({ url: routeUrl('ledgerDuplicates') })}>
            重复档案
          </Button>
        </View>
      ) : null}
    </PageShell>
  );
}
