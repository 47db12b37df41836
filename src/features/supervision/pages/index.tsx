import '../supervision.css';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { entriesFor } from '../entries';
import { supervisionUrl } from '../routes';

/** 监督: what the caller can do in recruitment integrity and conduct supervision. */
export default function SupervisionHub() {
  const me = useQuery(whoami, {});
  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => (
          <View className="card">
            <Text className="card-title">廉洁征兵与作风监督</Text>
            {entriesFor(who.roles).map((e) => (
              <View
                key={e.page}
                className="row entry"
                data-testid={`entry-${e.page}`}
                onClick={() => void Taro.navigateTo({ url: supervisionUrl(e.page) })}
              >
                <View>
                  <Text className="text-block">{e.title}</Text>
                  <Text className="muted">{e.hint}</Text>
                </View>
                <Text className="muted">›</Text>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
