import { getAssistSettings } from '@types-contract/assist/settings';
import { listFunds } from '@types-contract/assist/applications';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { FundCard } from '../components/fund-card';
import { LimitsCard } from '../components/limits-card';
import { NewFundCard } from '../components/new-fund-card';

/** The district's page: approval limits, and each relief fund's balance, top-ups and movements. */
export default function AssistSettingsPage() {
  const settings = useQuery(getAssistSettings, {});
  const funds = useQuery(listFunds, {});
  return (
    <PageShell>
      <QueryView query={settings}>{(s) => <LimitsCard settings={s} onSaved={settings.retry} />}</QueryView>
      <QueryView query={funds}>
        {({ items }) => (
          <>
            {items.map((f) => (
              <FundCard key={f.id} fund={f} onChanged={funds.retry} />
            ))}
            <NewFundCard first={!items.length} onCreated={funds.retry} />
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
