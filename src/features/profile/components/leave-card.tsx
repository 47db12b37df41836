import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { unbindAccount, withdrawConsent } from '@types-contract/profile/requests';
import { routeUrl } from '../../../app-shell/route-paths';
import { useAction } from '../../../lib/cloud';
import { ConfirmStep } from './confirm-step';

const backToMe = (title: string) => {
  void Taro.showToast({ title, icon: 'none' });
  setTimeout(() => void Taro.reLaunch({ url: routeUrl('me') }), 1200);
};

/** 解除绑定 and 撤回同意, each explained plainly and confirmed before it happens. */
export function LeaveCard() {
  const unbind = useAction(unbindAccount);
  const withdraw = useAction(withdrawConsent);
  return (
    <View className="card" data-testid="leave-card">
      <Text className="card-title">账号与授权</Text>
      <ConfirmStep
        testId="confirm-unbind"
        label="解除绑定"
        title="确定解除微信绑定吗？"
        confirmLabel="确认解除绑定"
        busy={unbind.loading}
        error={unbind.error?.message}
        onConfirm={() => void unbind.run({ confirm: true }).then((r) => r && backToMe('已解除绑定'))}
      >
        <Text className="text-block">
          解除后，这个微信将不能再查看您的档案、申请更正。您的档案仍由网格员保管，不会删除。
        </Text>
        <Text className="text-block">换了手机或微信号后，请联系您的网格员，由网格员核实身份后帮您重新绑定。</Text>
      </ConfirmStep>
      <ConfirmStep
        testId="confirm-withdraw"
        label="撤回同意"
        title="确定撤回个人信息处理同意吗？"
        confirmLabel="确认撤回同意"
        busy={withdraw.loading}
        error={withdraw.error?.message}
        onConfirm={() => void withdraw.run({ confirm: true }).then((r) => r && backToMe('已撤回同意'))}
      >
        <Text className="text-block">
          撤回后将停止：本小程序中的档案查看、更正申请、家属代办，以及给您发送的消息；您的微信也会同时解除绑定。
        </Text>
        <Text className="text-block">
          区退役军人事务局依法履行职责仍须保留：退役军人基本台账（身份、服役、优抚等信息）和已有的变更记录，由工作人员按规定管理。
        </Text>
        <Text className="text-block">如需恢复使用，请联系您的网格员。</Text>
      </ConfirmStep>
    </View>
  );
}
