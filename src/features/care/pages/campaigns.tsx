import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { seatWhere } from '../../../lib/auth/policy';
import { listCampaigns } from '@types-contract/care/coverage';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { CampaignForm } from '../components/campaign-form';
import { CoverageBar } from '../components/coverage-bar';
import { openCare } from '../care-routes';

const TARGET_LABELS = { key_groups: '重点人群', all: '全体' } as const;

/** 大走访: the campaigns over one's jurisdiction with their coverage so far; staff start new ones. */
export default function CampaignsPage() {
  const me = useQuery(whoami, {});
  const list = useQuery(listCampaigns, {});
  useRefetchOnReturn(list);
  const starter = seatWhere(me.data, 'care:campaign');
  return (
    <PageShell>
      {starter ? <CampaignForm org={{ id: starter.orgId, name: starter.orgName }} onCreated={list.retry} /> : null}
      <QueryView query={list}>
        {({ items }) => (
          <View className="card" data-testid="campaigns">
            <Text className="card-title">走访活动</Text>
            {items.length === 0 ? <Text className="text-block">暂无大走访活动。</Text> : null}
            {items.map((c) => (
              <View key={c.id}>
                <CoverageBar
                  testId={`campaign-${c.id}`}
                  name={`${c.name}（${TARGET_LABELS[c.target]}）`}
                  covered={c.covered}
                  of={c.targets}
                  rate={c.rate}
                  onOpen={() => openCare('campaign', { id: c.id })}
                />
                <Text className="muted">
                  {c.startDate} 至 {c.endDate}
                </Text>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
