import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { listApplications, type ApplicationView } from '@types-contract/assist/applications';
import { getAssistSettings } from '@types-contract/assist/settings';
import type { AssistStatus } from '@types-contract/assist/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { ChoiceChips } from '../../../components/choice-chips';
import { mayAt } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { ApplicationCard } from '../components/application-card';
import { ApprovePanel } from '../components/approve-panel';
import { DisbursePanel } from '../components/disburse-panel';
import { ReviewPanel } from '../components/review-panel';

type Filter = 'open' | AssistStatus;
const FILTERS: readonly Filter[] = ['open', 'submitted', 'reviewed', 'approved', 'disbursed', 'rejected'];
const FILTER_LABELS: Record<Filter, string> = {
  open: '办理中',
  submitted: '待审核',
  reviewed: '待审批',
  approved: '待发放',
  disbursed: '已发放',
  rejected: '未通过',
};

/** Staff's queue: the station reviews, the street/district approves within its limit, then records the payment. */
export default function QueuePage() {
  const [filter, setFilter] = useState<Filter>('open');
  const list = useQuery(listApplications, { status: filter === 'open' ? null : filter });
  const me = useQuery(whoami, {});
  const limits = useQuery(getAssistSettings, {});
  const done = (title: string) => {
    void Taro.showToast({ title, icon: 'success' });
    list.retry();
  };
  const panel = (a: ApplicationView) => {
    const at = { orgPath: a.orgPath };
    const may = (policy: Parameters<typeof mayAt>[1]) => mayAt(me.data, policy, at);
    // Above the street's limit and relief-fund cases: the district's approval (the function checks again).
    const district = may('assist:approve-district');
    if (a.status === 'submitted' && may('assist:review')) return <ReviewPanel app={a} onDone={done} />;
    if (a.status === 'reviewed' && may('assist:approve-street')) {
      if (!district && a.kind === 'relief')
        return <Text className="text-block muted">救助专项资金由区退役军人事务局审批。</Text>;
      // A street's panel waits for its limit: started without it, it would offer the asked amount (above the
      // limit) and say the street may approve anything (issue 14, item 9).
      if (!district && !limits.data)
        return <Text className="text-block muted">{limits.error ? limits.error.message : '正在读取审批权限…'}</Text>;
      const limitFen = district ? null : (limits.data?.streetLimitFen ?? null);
      return <ApprovePanel key={`${a.id}:${limitFen}`} app={a} limitFen={limitFen} onDone={done} />;
    }
    if (a.status === 'approved' && may('assist:disburse')) return <DisbursePanel key={a.id} app={a} onDone={done} />;
    return null;
  };
  return (
    <PageShell>
      <View className="card">
        <ChoiceChips
          name="status"
          label="按办理状态查看"
          options={FILTERS}
          labels={FILTER_LABELS}
          value={filter}
          onChange={setFilter}
        />
      </View>
      <QueryView query={list}>
        {({ items }) =>
          items.length ? (
            items.map((a) => (
              <ApplicationCard key={a.id} app={a}>
                {panel(a)}
              </ApplicationCard>
            ))
          ) : (
            <View className="card" data-testid="queue-empty">
              <Text className="text-block">
                {filter === 'open' ? '目前没有需要办理的申请。' : `没有「${FILTER_LABELS[filter]}」的申请。`}
              </Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
