import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { myApplications } from '@types-contract/assist/applications';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ApplicationCard } from '../components/application-card';
import { ApplyForm } from '../components/apply-form';

/** The grid team (or station) applies on a veteran's behalf, opened from the veteran's file; then follows it. */
export default function ApplyForPage() {
  const params = useRouter().params;
  const veteranId = params.veteranId ?? '';
  const name = decodeURIComponent(params.name ?? '');
  const list = useQuery(myApplications, {});
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">为 {name || '该退役军人'} 代为申请</Text>
        <Text className="text-block muted">提交后记为「网格员代为申请」，本人在「申请与进度」里也能看到每一步。</Text>
      </View>
      {veteranId ? (
        <ApplyForm veteranId={veteranId} onDone={list.retry} />
      ) : (
        <View className="card">
          <Text className="text-block">请从退役军人档案页进入。</Text>
        </View>
      )}
      <QueryView query={list}>
        {({ items }) => (
          <>
            {items
              .filter((a) => a.veteranId === veteranId)
              .map((a) => (
                <ApplicationCard key={a.id} app={a} />
              ))}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
