import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { routeUrl } from '../../../app-shell/route-paths';

const go = (url: string) => void Taro.navigateTo({ url });

/** 首页's way into requests: a veteran submits and follows theirs; staff open their inbox and figures. */
export function RequestsEntry({ veteran, staff }: { veteran: boolean; staff: boolean }) {
  return (
    <View className="card" data-testid="requests-entry">
      <Text className="card-title">{veteran ? '我的诉求' : '诉求办理'}</Text>
      {veteran ? (
        <>
          <Text className="text-block muted">有困难、有问题，在这里反映，随时查看办理进度。</Text>
          <View className="row">
            <Button
              className="btn btn-primary btn-small"
              data-testid="home-submit-request"
              onClick={() => go(routeUrl('requestsSubmit'))}
            >
              提交诉求
            </Button>
            <Button
              className="btn btn-plain btn-small"
              data-testid="home-my-requests"
              onClick={() => go(routeUrl('requestsMine'))}
            >
              查看我的诉求
            </Button>
          </View>
        </>
      ) : null}
      {staff ? (
        <View className="row">
          <Button
            className="btn btn-primary btn-small"
            data-testid="home-inbox"
            onClick={() => go(routeUrl('requestsInbox'))}
          >
            待办诉求
          </Button>
          <Button className="btn btn-plain btn-small" onClick={() => go(routeUrl('requestsFigures'))}>
            统计与导出
          </Button>
        </View>
      ) : null}
    </View>
  );
}
