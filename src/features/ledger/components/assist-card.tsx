import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { mayAt } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { routeUrl } from '../../../app-shell/route-paths';

/** 代为申请: the grid team of the file's grid (and its station) apply for a subsidy or relief for the veteran. */
export function AssistCard({ veteranId, name, orgPath }: { veteranId: string; name: string; orgPath: string[] }) {
  const me = useQuery(whoami, {});
  if (!mayAt(me.data, 'assist:apply-for', { orgPath })) return null;
  const open = () =>
    void Taro.navigateTo({
      url: `${routeUrl('assistApplyFor')}?veteranId=${encodeURIComponent(veteranId)}&name=${encodeURIComponent(name)}`,
    });
  return (
    <View className="card" data-testid="assist-card">
      <Text className="card-title">困难补助与救助</Text>
      <Text className="text-block muted">
        本人遇到困难又不便自己申请时，可代为申请临时困难补助或救助专项资金，并附上证明材料照片。
      </Text>
      <Button className="btn btn-plain" data-testid="assist-apply-for" onClick={open}>
        代为申请补助或救助
      </Button>
    </View>
  );
}
