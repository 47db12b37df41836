import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { routeUrl } from '../../../app-shell/route-paths';

const go = (url: string) => void Taro.navigateTo({ url });

/** 首页's way into visits (grid team), coverage and campaigns (staff), the dashboard, the district's settings. */
export function CareEntry({
  gridTeam,
  assistQueue,
  district,
}: {
  gridTeam: boolean;
  assistQueue: boolean;
  district: boolean;
}) {
  return (
    <View className="card" data-testid="care-entry">
      <Text className="card-title">走访慰问与数据看板</Text>
      <View className="chips">
        {gridTeam ? (
          <Button className="btn btn-primary btn-small" data-testid="home-care" onClick={() => go(routeUrl('care'))}>
            走访慰问
          </Button>
        ) : null}
        {assistQueue ? (
          <Button
            className="btn btn-plain btn-small"
            data-testid="home-care-coverage"
            onClick={() => go(routeUrl('careCoverage'))}
          >
            走访覆盖
          </Button>
        ) : null}
        <Button
          className="btn btn-plain btn-small"
          data-testid="home-campaigns"
          onClick={() => go(routeUrl('careCampaigns'))}
        >
          大走访
        </Button>
        <Button
          className="btn btn-plain btn-small"
          data-testid="home-dashboard"
          onClick={() => go(routeUrl('dashboard'))}
        >
          数据看板
        </Button>
        {assistQueue ? (
          <Button
            className="btn btn-plain btn-small"
            data-testid="home-assist-queue"
            onClick={() => go(routeUrl('assistQueue'))}
          >
            补助审批
          </Button>
        ) : null}
        {district ? (
          <Button
            className="btn btn-plain btn-small"
            data-testid="home-care-settings"
            onClick={() => go(routeUrl('careSettings'))}
          >
            六必访设置
          </Button>
        ) : null}
        {district ? (
          <Button
            className="btn btn-plain btn-small"
            data-testid="home-assist-settings"
            onClick={() => go(routeUrl('assistSettings'))}
          >
            补助标准与资金
          </Button>
        ) : null}
      </View>
    </View>
  );
}

/** A veteran's way to the hardship subsidy. */
export function AssistEntry() {
  return (
    <View className="card" data-testid="assist-entry">
      <Text className="card-title">困难补助与救助</Text>
      <Text className="text-block muted">
        遇到临时困难或重大变故，可在这里申请临时困难补助或救助专项资金，并查看每一步办理情况。
      </Text>
      <Button className="btn btn-plain btn-small" data-testid="home-assist" onClick={() => go(routeUrl('assistMine'))}>
        申请与进度
      </Button>
    </View>
  );
}
