import { Text, View } from '@tarojs/components';
import { approveInvitation, listStaffGrants } from '@types-contract/account/staff';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { fullDate } from '../../../lib/time/format';
import { BusyButton } from '../../../components/busy-button';

/**
 * For district admins: grants that wait for a second admin's approval (a head of the recruitment office,
 * district staff), and the district's record of every grant, approval, move and removal.
 */
export function GrantsPanel() {
  const grants = useQuery(listStaffGrants, {});
  const approve = useAction(approveInvitation);
  return (
    <QueryView query={grants}>
      {({ pending, entries }) => (
        <View>
          <View className="card" data-testid="pending-grants">
            <Text className="card-title">待批准的任命</Text>
            {pending.length ? (
              pending.map((p) => (
                <View key={p.staffId} className="list-item">
                  <View>
                    <Text className="text-block">
                      {p.name} · {p.roleLabel}
                    </Text>
                    <Text className="muted">
                      {p.orgName} · {p.issuedByName} 邀请于 {fullDate(p.createdAt)}
                    </Text>
                  </View>
                  {p.canApprove ? (
                    <BusyButton
                      className="btn btn-primary btn-small"
                      busy={approve.loading}
                      onClick={async () => {
                        if (await approve.run({ staffId: p.staffId })) grants.retry();
                      }}
                    >
                      批准
                    </BusyButton>
                  ) : (
                    <Text className="muted">须由另一位区管理员批准</Text>
                  )}
                </View>
              ))
            ) : (
              <Text className="muted">没有等待批准的任命</Text>
            )}
            {approve.error ? <Text className="field-error">{approve.error.message}</Text> : null}
          </View>
          <View className="card" data-testid="grant-record">
            <Text className="card-title">任免记录</Text>
            {entries.length ? (
              entries.map((e) => (
                <View key={e.id} className="list-item">
                  <Text>
                    {fullDate(e.at)} {e.actorName || '—'} {e.kindLabel}：{e.staffName}（{e.roleLabel}，{e.orgName}）
                  </Text>
                </View>
              ))
            ) : (
              <Text className="muted">暂无记录</Text>
            )}
          </View>
        </View>
      )}
    </QueryView>
  );
}
