import { Text, View } from '@tarojs/components';

interface SettingsLinksProps {
  onPrivacyGuide: () => void;
  onRegister?: () => void;
  onRegistrations?: () => void;
  onTeam?: () => void;
  onStaffBind: () => void;
  onMyFile?: () => void;
  onGridLedger?: () => void;
  onStaffLedger?: () => void;
  onProxy: () => void;
}

function Link({ label, action, onTap }: { label: string; action: string; onTap: () => void }) {
  return (
    <View className="row" onClick={onTap}>
      <Text className="text-block">{label}</Text>
      <Text className="muted">{action} ›</Text>
    </View>
  );
}

export function SettingsLinks({
  onPrivacyGuide,
  onRegister,
  onRegistrations,
  onTeam,
  onStaffBind,
  onMyFile,
  onGridLedger,
  onStaffLedger,
  onProxy,
}: SettingsLinksProps) {
  return (
    <View className="card">
      {onMyFile ? <Link label="我的档案" action="查看" onTap={onMyFile} /> : null}
      {onGridLedger ? <Link label="网格台账" action="查看" onTap={onGridLedger} /> : null}
      {onStaffLedger ? <Link label="台账" action="查看" onTap={onStaffLedger} /> : null}
      {onRegistrations ? <Link label="待确认登记" action="审核" onTap={onRegistrations} /> : null}
      {onTeam ? <Link label="人员管理" action="管理" onTap={onTeam} /> : null}
      {onRegister ? (
        <View className="row" onClick={onRegister}>
          <Text className="text-block">退役军人登记</Text>
          <Text className="muted">去登记 ›</Text>
        </View>
      ) : null}
      <Link label="为家人代办" action="输入代办码" onTap={onProxy} />
      <Link label="工作人员绑定" action="输入邀请码" onTap={onStaffBind} />
      <View className="row" onClick={onPrivacyGuide}>
        <Text className="text-block">隐私保护指引</Text>
        <Text className="muted">查看 ›</Text>
      </View>
    </View>
  );
}
