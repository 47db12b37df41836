import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
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
import { StatsTable } from '../components/stats-table';

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

/** 台账 for staff: filing rates of the areas below, search and filters, export; import for street and district staff. */
export default function StaffLedgerPage() {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LedgerFilter>('all');
  const stats = useQuery(ledgerStats, {});
  const page = useQuery(searchLedger, { query, filter, pageSize: 30 });
  const me = useQuery(whoami, {});
  // Imports and full exports: the policy ledger:full (the functions check again).
  const keepsWhole = mayAnywhere(me.data, 'ledger:full');
  const imported = () => {
    stats.retry();
    page.retry();
  };
  return (
    <PageShell>
      <QueryView query={stats}>{(s) => <StatsTable total={s.total} rows={s.rows} />}</QueryView>
      <View className="card">
        <Input
          className="field-input"
          name="query"
          value={typed}
          placeholder="姓名，或身份证号前6位/后4位"
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setQuery(typed)}
        />
        <Button className="btn btn-primary" onClick={() => setQuery(typed)}>
          搜索
        </Button>
      </View>
      <FilterChips options={FILTERS} active={filter} onChange={setFilter} />
      <QueryView query={page}>
        {(p) => (
          <>
            <View className="card">
              <Text className="text-block">
                共 {p.total} 人{p.total > p.items.length ? `，显示前 ${p.items.length} 人` : ''}
              </Text>
            </View>
            <RosterList
              rows={p.items}
              onOpen={(id) => void Taro.navigateTo({ url: `${routeUrl('ledgerFile')}?id=${id}` })}
            />
          </>
        )}
      </QueryView>
      <ExportCard canFull={keepsWhole} />
      {keepsWhole ? <ImportCard onImported={imported} /> : null}
    </PageShell>
  );
}
