import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { acceptInvitation } from '@types-contract/account/staff';
import { ROLE_LABELS } from '@types-contract/auth/roles';
import { PageShell } from '../../../app-shell/page-shell';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';
import { BusyButton } from '../../../components/busy-button';

/** A staff member enters the invitation code an admin above them issued; their WeChat account is bound. */
export default function StaffBindPage() {
  const [code, setCode] = useState('');
  const accept = useAction(acceptInvitation);
  const done = accept.data;
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">工作人员绑定</Text>
        {done ? (
          <View data-testid="bind-done">
            <Text className="text-block">
              绑定成功：{done.orgName} {ROLE_LABELS[done.role]}
            </Text>
            <Button
              className="btn btn-primary"
              onClick={() => void Taro.switchTab({ url: '/features/me/pages/index' })}
            >
              返回我的
            </Button>
          </View>
        ) : (
          <View>
            <Text className="muted">请输入上级管理员发给您的邀请码。每个邀请码只能使用一次，7天内有效。</Text>
            <TextField
              name="code"
              label="邀请码"
              value={code}
              placeholder="8位邀请码"
              maxlength={64}
              error={accept.error?.message}
              onChange={setCode}
            />
            <BusyButton className="btn btn-primary" busy={accept.loading} onClick={() => void accept.run({ code })}>
              绑定
            </BusyButton>
          </View>
        )}
      </View>
    </PageShell>
  );
}
