import { Text, View } from '@tarojs/components';

interface SettingsLinksProps {
  onPrivacyGuide: () => void;
  onRegister?: () => void;
  /** Staff not bound to a file: registration is offered last, as a question, not as their first task. */
  registerAsStaff?: boolean;
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
  registerAsStaff,
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
      {onRegister && !registerAsStaff ? <Link label="退役军人登记" action="去登记" onTap={onRegister} /> : null}
      <Link label="为家人代办" action="输入代办码" onTap={onProxy} />
      <Link label="工作人员绑定" action="输入邀请码" onTap={onStaffBind} />
      <Link label="隐私保护指引" action="查看" onTap={onPrivacyGuide} />
      {onRegister && registerAsStaff ? <Link label="本人也是退役军人？" action="登记档案" onTap={onRegister} /> : null}
    </View>
  );
}
