import '../party.css';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { myBranches } from '@types-contract/party/organisation';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery } from '../../../lib/cloud';

const open = (id: string) => () => void Taro.navigateTo({ url: `${routeUrl('partyBranch')}?id=${id}` });

/** 党支部: the branches the caller keeps (a secretary's own, a party-affairs worker's all), with their 党小组. */
export default function PartyBranchesPage() {
  const branches = useQuery(myBranches, {});
  return (
    <PageShell>
      <QueryView query={branches}>
        {({ items }) =>
          items.length ? (
            <View>
              {items.map((b) => (
                <View key={b.id} className="card">
                  <View className="list-item list-item-link" data-testid={`branch-${b.id}`} onClick={open(b.id)}>
                    <View>
                      <Text className="card-title">{b.name}</Text>
                      <Text className="muted">党员{b.members}名</Text>
                    </View>
                    <Text className="muted">›</Text>
                  </View>
                  {b.smallGroups.map((g) => (
                    <View key={g.id} className="participation-row">
                      <Text>{g.name}</Text>
                      <Text className="muted">{g.members}名党员</Text>
                    </View>
                  ))}
                </View>
              ))}
            </View>
          ) : (
            <View className="card">
              <Text className="text-block muted">您目前没有负责的退役军人党支部。</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
