import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { routeUrl } from '../../../app-shell/route-paths';

const go = (url: string) => void Taro.navigateTo({ url });

/** 首页's way into visits (grid team) and the dashboard (staff of any level). */
export function CareEntry({ gridTeam }: { gridTeam: boolean }) {
  return (
    <View className='card' data-testid='care-entry'>
      <Text className='card-title'>走访慰问与数据看板</Text>
      <View className='row'>
        {gridTeam ? <Button className='btn btn-primary btn-small' data-testid='home-care' onClick={() => go(routeUrl('care'))}>走访慰问</Button> : null}
        <Button className='btn btn-plain btn-small' data-testid='home-dashboard' onClick={() => go(routeUrl('dashboard'))}>数据看板</Button>
      </View>
    </View>
  );
}
