import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { approveApplication, disburseApplication, listApplications, reviewApplication, type ApplicationView } from '@types-contract/assist/applications';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ApplicationCard } from '../components/application-card';

/** Staff's queue: the station reviews, the street/district approves within its limit, then records payment. */
export default function QueuePage() {
  const list = useQuery(listApplications, {});
  const review = useAction(reviewApplication);
  const approve = useAction(approveApplication);
  const disburse = useAction(disburseApplication);
  const after = (ok: unknown, title: string) => {
    if (ok) {
      void Taro.showToast({ title, icon: 'success' });
      list.retry();
    }
  };
  const failed = review.error ?? approve.error ?? disburse.error;
  const actions = (a: ApplicationView) => (
    <View className='row'>
      {a.status === 'submitted' ? <Button className='btn btn-primary btn-small' onClick={async () => after(await review.run({ id: a.id, pass: true }), '已审核')}>审核通过</Button> : null}
      {a.status === 'submitted' ? <Button className='btn btn-plain btn-small' onClick={async () => after(await review.run({ id: a.id, pass: false }), '已退回')}>不予通过</Button> : null}
      {a.status === 'reviewed' ? <Button className='btn btn-primary btn-small' onClick={async () => after(await approve.run({ id: a.id, approve: true }), '已批准')}>批准</Button> : null}
      {a.status === 'reviewed' ? <Button className='btn btn-plain btn-small' onClick={async () => after(await approve.run({ id: a.id, approve: false }), '已驳回')}>驳回</Button> : null}
      {a.status === 'approved' && a.kind === 'subsidy' ? <Button className='btn btn-primary btn-small' onClick={async () => after(await disburse.run({ id: a.id, amountFen: a.approvedFen ?? 0, method: '银行转账' }), '已登记发放')}>登记发放（银行转账）</Button> : null}
    </View>
  );
  return (
    <PageShell>
      {failed ? <View className='card'><Text className='field-error' data-testid='queue-error'>{failed.message}</Text></View> : null}
      <QueryView query={list}>
        {({ items }) => <>{items.map((a) => <ApplicationCard key={a.id} app={a}>{actions(a)}</ApplicationCard>)}</>}
      </QueryView>
    </PageShell>
  );
}
