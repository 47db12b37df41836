import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { duplicateIdNumbers } from '@types-contract/ledger/duplicates';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { DuplicateGroup } from '../components/duplicate-group';

/**
 * 重复档案 (district admins): files that share an ID number, written before the number had to be unique.
 * Each group is merged (one person) or has a wrong number corrected; until the list is empty the
 * deployment cannot build the ID number's unique index.
 */
export default function DuplicatesPage() {
  const list = useQuery(duplicateIdNumbers, {});
  const resolved = (msg: string) => {
    void Taro.showToast({ title: msg, icon: 'none' });
    list.retry();
  };
  return (
    <PageShell>
      <View className="card">
        <Text className="text-block">
          下列档案的身份证号相同。同一个人有两份档案的，请合并为一份；是不同的人的，请为录错的一份更正身份证号。
        </Text>
        <Text className="muted text-block">全部处理完后，系统才能保证“一个身份证号只对应一份档案”。</Text>
      </View>
      <QueryView query={list}>
        {({ groups }) =>
          groups.length ? (
            <>
              <Text className="muted text-block" data-testid="duplicate-count">
                共{groups.length}组待处理
              </Text>
              {groups.map((g) => (
                <DuplicateGroup key={g.idMasked + g.files[0].veteranId} group={g} onResolved={resolved} />
              ))}
            </>
          ) : (
            <View className="card" data-testid="duplicates-empty">
              <Text className="text-block">没有身份证号重复的档案。</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
