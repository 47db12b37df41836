import { useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { myGroups } from '@types-contract/groups/contracts';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { seatWhere } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { useTabBadges } from '../../../lib/badges/use-tab-badges';
import { GroupChat } from '../components/group-chat';
import { GroupBrowser } from '../components/group-browser';

/** 网格: my grid's group (veterans, grid team), other groups I am in; staff above open their grids' groups. */
export default function GridPage() {
  const asked = useRouter().params.groupId;
  const groups = useQuery(myGroups, {});
  const me = useQuery(whoami, {});
  const badges = useTabBadges();
  const [chosen, setChosen] = useState<string | null>(asked ? decodeURIComponent(asked) : null);
  useDidShow(() => badges.refresh());
  // Staff above the grids browse their grids' groups from their widest place.
  const staffRole = seatWhere(me.data, 'area:oversee');
  return (
    <PageShell>
      <QueryView query={groups}>
        {({ items }) => {
          const open = chosen ?? items[0]?.id ?? null;
          return (
            <>
              {items.length > 1 || (chosen && !items.some((g) => g.id === chosen)) ? (
                <View className="card">
                  {items.map((g) => (
                    <Button
                      key={g.id}
                      className={`btn ${g.id === open ? 'btn-primary' : 'btn-plain'} btn-small`}
                      onClick={() => setChosen(g.id)}
                    >
                      {g.name}
                      {g.unread ? `（${g.unread}）` : ''}
                    </Button>
                  ))}
                  {staffRole ? (
                    <Button className="btn btn-plain btn-small" onClick={() => setChosen(null)}>
                      返回辖区列表
                    </Button>
                  ) : null}
                </View>
              ) : null}
              {open ? <GroupChat key={open} groupId={open} /> : null}
              {!open && staffRole ? (
                <GroupBrowser
                  rootId={staffRole.orgId}
                  rootName={staffRole.orgName}
                  onOpen={(gridId) => setChosen(`grid__${gridId}`)}
                />
              ) : null}
              {!open && !staffRole ? (
                <View className="card">
                  <Text className="text-block">完成登记并绑定档案后，您会自动加入所在网格的网格群。</Text>
                </View>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
