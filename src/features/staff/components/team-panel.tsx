import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { listStaff, moveStaff, removeStaff, type StaffView } from '@types-contract/account/staff';
import { listChildren, type OrgNodeView } from '@types-contract/org/queries';
import type { RoleView } from '@types-contract/account/whoami';
import { ROLE_ORG_KIND, type StaffRole } from '@types-contract/auth/roles';
import { QueryView } from '../../../app-shell/query-view';
import { mayAt } from '../../../lib/auth/policy';
import { useAction, useQuery } from '../../../lib/cloud';
import { useTeamNavigator } from '../use-team-navigator';
import { HandoverPanel } from './handover-panel';
import { InviteForm } from './invite-form';
import { StaffRow } from './staff-row';

/** An admin's jurisdiction: walk down the org tree, see each node's staff, invite, remove and move them. */
export function TeamPanel({ admin, roles }: { admin: RoleView; roles: RoleView[] }) {
  const nav = useTeamNavigator({
    id: admin.orgId,
    name: admin.orgName,
    kind: ROLE_ORG_KIND[admin.role as StaffRole] ?? 'district',
    path: admin.orgPath,
  });
  const children = useQuery(listChildren, { parentId: nav.current.id, includeUnits: true });
  const staff = useQuery(listStaff, { orgId: nav.current.id });
  const siblings = useQuery(listChildren, { parentId: nav.parent?.id ?? admin.orgId, includeUnits: true });
  const remove = useAction(removeStaff);
  const move = useAction(moveStaff);
  const [acting, setActing] = useState<{ staff: StaffView; kind: 'remove' | 'move' } | null>(null);
  const mine = { roles };
  const manage = mayAt(mine, 'staff:manage', { orgPath: nav.path });
  // A district admin also invites at the district itself (such seats wait for a second admin).
  const invite = manage || (nav.current.kind === 'district' && mayAt(mine, 'staff:approve', { orgPath: nav.path }));
  const others = (s: StaffView) => [
    ...(staff.data?.items ?? [])
      .filter((o) => o.id !== s.id && o.status === 'active')
      .map((o) => ({ id: o.id, label: `${o.name}（${o.roleLabel}）` })),
    ...(admin.staffId ? [{ id: admin.staffId, label: '我本人' }] : []),
  ];
  const done = () => {
    setActing(null);
    staff.retry();
  };
  return (
    <View>
      <View className="card">
        <Text className="muted">{nav.crumbs.map((c, i) => (i ? ` › ${c.name}` : c.name)).join('')}</Text>
        {nav.crumbs.length > 1 ? (
          <Text className="env-banner-link" onClick={() => nav.upTo(nav.crumbs.length - 2)}>
            返回上一级
          </Text>
        ) : null}
        <QueryView query={children}>
          {({ items }) => (
            <View>
              {items.map((n: OrgNodeView) => (
                <View key={n.id} className="list-item" onClick={() => nav.enter(n)}>
                  <Text>{n.name}</Text>
                  <Text className="muted">›</Text>
                </View>
              ))}
            </View>
          )}
        </QueryView>
      </View>
      <View className="card">
        <Text className="card-title">{nav.current.name} 的工作人员</Text>
        <QueryView query={staff}>
          {({ items }) =>
            items.length ? (
              <View>
                {items.map((s) => (
                  <StaffRow
                    key={s.id}
                    staff={s}
                    canManage={manage}
                    onRemove={() => setActing({ staff: s, kind: 'remove' })}
                    onMove={() => setActing({ staff: s, kind: 'move' })}
                  />
                ))}
              </View>
            ) : (
              <Text className="muted">暂无工作人员</Text>
            )
          }
        </QueryView>
      </View>
      {acting ? (
        <HandoverPanel
          title={`${acting.kind === 'remove' ? '移除' : '调动'}：${acting.staff.name}`}
          successors={others(acting.staff)}
          targets={
            acting.kind === 'move'
              ? (siblings.data?.items ?? [])
                  .filter((n) => n.id !== nav.current.id && n.kind === nav.current.kind)
                  .map((n) => ({ id: n.id, label: n.name }))
              : undefined
          }
          busy={remove.loading || move.loading}
          error={(acting.kind === 'remove' ? remove.error : move.error)?.message}
          onCancel={() => setActing(null)}
          onConfirm={async (successorId, toOrgId) => {
            const ok =
              acting.kind === 'remove'
                ? await remove.run({ staffId: acting.staff.id, successorId })
                : await move.run({ staffId: acting.staff.id, successorId, toOrgId: toOrgId ?? '' });
            if (ok) done();
          }}
        />
      ) : null}
      {invite ? (
        <InviteForm orgId={nav.current.id} kind={nav.current.kind} onInvited={() => staff.retry()} />
      ) : (
        <View className="card">
          <Text className="muted">本级人员由上级管理员管理；请进入下级单位邀请或管理工作人员。</Text>
        </View>
      )}
    </View>
  );
}
