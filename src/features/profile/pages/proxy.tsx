import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { proxyFiles } from '@types-contract/profile/queries';
import { acceptProxy } from '@types-contract/profile/requests';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useAction, useQuery } from '../../../lib/cloud';

const open = (veteranId: string) => void Taro.navigateTo({ url: `${routeUrl('myFile')}?for=${veteranId}` });

/** 为家人代办: enter the grid member's code, then open the files I may act for. */
export default function ProxyPage() {
  const [code, setCode] = useState('');
  const files = useQuery(proxyFiles, {});
  const accept = useAction(acceptProxy);
  const submit = async () => {
    const done = await accept.run({ code });
    if (done) {
      setCode('');
      void Taro.showToast({ title: `可以为${done.name}代办了`, icon: 'none' });
      files.retry();
    }
  };
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">输入代办码</Text>
        <Text className="text-block muted">
          家中退役军人无法自己使用手机时，请向其网格员申请代办码。输入后您可以代为查看档案、申请更正；您的每项操作都会记为「家属代办」，本人和网格员都能看到。
        </Text>
        <View className="field">
          <Input
            className="field-input"
            name="code"
            value={code}
            maxlength={8}
            placeholder="8位字母或数字"
            onInput={(e) => setCode(e.detail.value)}
          />
          {accept.error ? <Text className="field-error">{accept.error.message}</Text> : null}
        </View>
        <Button className="btn btn-primary" disabled={accept.loading || undefined} onClick={() => void submit()}>
          确认代办
        </Button>
      </View>
      <QueryView query={files}>
        {({ items }) => (
          <View className="card" data-testid="proxy-files">
            <Text className="card-title">我代办的档案</Text>
            {items.length === 0 ? <Text className="text-block muted">暂无。</Text> : null}
            {items.map((f) => (
              <View key={f.veteranId} className="list-item" onClick={() => open(f.veteranId)}>
                <Text>
                  {f.name} · {f.gridName}
                </Text>
                <Text>查看 ›</Text>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
