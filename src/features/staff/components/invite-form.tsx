import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { issueInvitation } from '@types-contract/account/staff';
import { NO_SECOND_ADMIN_MESSAGE, PENDING_APPROVAL_MESSAGE } from '@types-contract/auth/grants';
import { ROLE_LABELS, ROLE_ORG_KIND, STAFF_ROLES, type StaffRole } from '@types-contract/auth/roles';
import type { OrgKind } from '@types-contract/org/model';
import { TextField } from '../../../components/text-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { AppSwitch } from '../../../components/app-switch';
import { BusyButton } from '../../../components/busy-button';
import { FieldError } from '../../../components/field-error';

/** Roles that may sit at a node of this kind (for a unit, whatever its type allows; the function checks). */
export function rolesFor(kind: OrgKind): StaffRole[] {
  return STAFF_ROLES.filter((r) => ROLE_ORG_KIND[r] === kind);
}

/** An admin invites a person to a role at this node; the code is shown to pass on (it binds once). */
export function InviteForm({ orgId, kind, onInvited }: { orgId: string; kind: OrgKind; onInvited: () => void }) {
  const roles = rolesFor(kind);
  const [role, setRole] = useState(0);
  const [name, setName] = useState('');
  const [workPhone, setWorkPhone] = useState('');
  const [isAdmin, setAdmin] = useState(false);
  const invite = useAction(issueInvitation);
  const submit = async () => {
    if (await invite.run({ orgId, role: roles[role], name, workPhone, isAdmin })) onInvited();
  };
  return (
    <View className="card">
      <Text className="card-title">邀请工作人员</Text>
      <Picker
        mode="selector"
        range={roles.map((r) => ROLE_LABELS[r])}
        value={role}
        onChange={(e) => setRole(Number(e.detail.value))}
      >
        <View className="row">
          <Text>岗位</Text>
          <Text className="muted">{ROLE_LABELS[roles[role]]} ›</Text>
        </View>
      </Picker>
      <TextField
        name="invite-name"
        label="姓名"
        value={name}
        placeholder="被邀请人姓名"
        error={errorOn(invite.error, 'name')}
        onChange={setName}
      />
      <TextField
        name="invite-phone"
        label="工作电话（向群众公开）"
        value={workPhone}
        placeholder="11位手机号"
        type="number"
        maxlength={11}
        error={errorOn(invite.error, 'workPhone')}
        onChange={setWorkPhone}
      />
      <View className="row">
        <Text>设为本单位管理员</Text>
        <AppSwitch label="设为本单位管理员" checked={isAdmin} onChange={setAdmin} />
      </View>
      <FieldError error={errorBeside(invite.error, ['name', 'workPhone'])} />
      {invite.data ? (
        <View data-testid="invitation-code">
          <Text className="text-block">邀请码：{invite.data.code}</Text>
          <Text className="muted">
            请将邀请码告知本人，在「我的 → 工作人员绑定」中输入。有效期至 {invite.data.expiresAt.slice(0, 10)}。
          </Text>
          {invite.data.pendingApproval ? (
            <Text className="field-error" data-testid="pending-approval">
              {PENDING_APPROVAL_MESSAGE}。{invite.data.otherAdmins === 0 ? NO_SECOND_ADMIN_MESSAGE : ''}
            </Text>
          ) : null}
        </View>
      ) : null}
      <BusyButton className="btn btn-primary" busy={invite.loading} onClick={() => void submit()}>
        生成邀请码
      </BusyButton>
    </View>
  );
}
