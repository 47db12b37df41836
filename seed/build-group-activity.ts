import type { StaffDoc } from '../types/account/model';
import type { GroupDoc, MessageDoc } from '../types/groups/model';
import type { NoticeDoc, NoticeCategory } from '../types/notices/model';
import type { OrgDoc } from '../types/org/model';
import type { VeteranDoc } from '../types/veteran/model';
import { ROLE_LABELS, roleAtPlace } from '../types/auth/roles';
import type { Random } from './random';

/**
 * Demo activity in the grid groups: a few notices at every level above the demo grid, scripted
 * conversations in the demo veterans' groups and a little chatter elsewhere (full size only), so the
 * demo looks alive. Deterministic: keys draw their suffix from the generator's random stream.
 */
export interface GroupActivity {
  groups: GroupDoc[];
  messages: MessageDoc[];
  notices: NoticeDoc[];
}

const DAY = 86_400_000;
const CHATTER = [
  '收到，谢谢网格员！',
  '请问优待证什么时候可以领？',
  '这周六社区有义诊，大家可以去看看。',
  '已经填好了，谢谢提醒。',
  '老战友们注意天气变化，出门多穿点。',
  '请问体检需要带什么材料？',
  '好的，明天上午去服务站。',
];

function key(at: Date, rng: Random): string {
  return `${String(at.getTime()).padStart(13, '0')}${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}`;
}

export function buildGroupActivity(args: {
  orgs: OrgDoc[];
  staff: StaffDoc[];
  veterans: VeteranDoc[];
  demoGridIds: string[];
  rng: Random;
  now: Date;
  chatter: boolean;
}): GroupActivity {
  const { rng, now } = args;
  const byId = new Map(args.orgs.map((o) => [o._id, o]));
  const team = (gridId: string) => args.staff.filter((s) => s.orgId === gridId && s.openid && s.status === 'active');
  const bound = new Map<string, VeteranDoc[]>();
  for (const v of args.veterans)
    if (v.openid && v.lifeStatus === 'in_district') bound.set(v.gridId, [...(bound.get(v.gridId) ?? []), v]);

  const messages: MessageDoc[] = [];
  const say = (gridId: string, who: { openid: string; name: string; label: string }, text: string, at: Date) => {
    const k = key(at, rng);
    messages.push({
      _id: k,
      groupId: `grid__${gridId}`,
      senderOpenid: who.openid,
      senderName: who.name,
      senderLabel: who.label,
      kind: 'text',
      text,
      imageFileId: null,
      mentions: [],
      recalled: false,
      createdAt: at,
      rev: k,
    });
  };
  const asStaff = (s: StaffDoc) => ({ openid: s.openid as string, name: s.name, label: ROLE_LABELS[s.role] });
  const asVet = (v: VeteranDoc) => ({ openid: v.openid as string, name: v.name, label: ROLE_LABELS.veteran });

  const grids = args.orgs.filter((o) => o.kind === 'grid');
  for (const grid of grids) {
    const demo = args.demoGridIds.includes(grid._id);
    if (!demo && !(args.chatter && rng.chance(0.3))) continue;
    const people = [...team(grid._id).map(asStaff), ...(bound.get(grid._id) ?? []).slice(0, 8).map(asVet)];
    if (!people.length) continue;
    const count = demo ? 12 : rng.int(1, 4);
    for (let i = 0; i < count; i++) {
      const at = new Date(now.getTime() - (count - i) * (demo ? 5 : 17) * 3_600_000 - rng.int(0, 3_000_000));
      say(grid._id, rng.pick(people), rng.pick(CHATTER), at);
    }
  }

  const notices: NoticeDoc[] = [];
  const publish = (
    scopeId: string,
    publisher: StaffDoc | undefined,
    title: string,
    body: string,
    category: NoticeCategory,
    daysAgo: number,
    requireAck = false,
  ) => {
    const scope = byId.get(scopeId);
    if (!scope || !publisher?.openid) return;
    const at = new Date(now.getTime() - daysAgo * DAY);
    const k = key(at, rng);
    const names = scope.path
      .slice(1)
      .map((id) => byId.get(id)?.name ?? '')
      .join(' ');
    notices.push({
      _id: k,
      title,
      body,
      category,
      imageFileIds: [],
      publisherOpenid: publisher.openid,
      publisherName: publisher.name,
      publisherLabel: roleAtPlace(byId.get(publisher.orgId)?.name ?? '', publisher.role),
      publisherOrgPath: publisher.orgPath,
      scopeOrgId: scope._id,
      scopePath: scope.path,
      scopeKind: scope.kind as NoticeDoc['scopeKind'],
      scopeName: names || scope.name,
      expiresAt: new Date(at.getTime() + 60 * DAY),
      requireAck,
      status: 'published',
      revision: 1,
      editedAt: null,
      notifyState: 'done',
      createdAt: at,
      rev: k,
    });
  };
  const seat = (orgId: string, role: StaffDoc['role']) =>
    args.staff.find((s) => s.orgId === orgId && s.role === role && s.openid);
  const district = args.orgs.find((o) => o.kind === 'district');
  if (district)
    publish(
      district._id,
      seat(district._id, 'district_staff'),
      '退役军人优待证集中申领',
      '本月起，全区退役军人可到所在社区退役军人服务站申领优待证，请携带身份证和退役证件。',
      '优待证',
      9,
    );
  for (const gridId of args.demoGridIds) {
    const grid = byId.get(gridId);
    if (!grid) continue;
    const [, streetId, communityId] = grid.path;
    publish(
      streetId,
      seat(streetId, 'street_staff'),
      '退役军人专场招聘会',
      '本周六上午9点在镇文化中心举办退役军人专场招聘会，欢迎有就业意愿的退役军人参加。',
      '就业创业',
      4,
    );
    publish(
      communityId,
      seat(communityId, 'station_staff'),
      '八一建军节走访慰问安排',
      '服务站将于下周走访慰问辖区80岁以上老战友，请保持电话畅通。',
      '走访慰问',
      2,
    );
    publish(
      gridId,
      seat(gridId, 'grid_leader'),
      '医疗保障政策解读',
      '退役军人可享受的医疗保障政策已整理成文，有疑问请联系网格员。阅后请点击确认。',
      '医疗保障',
      1,
      true,
    );
  }
  const groups: GroupDoc[] = args.demoGridIds.flatMap((gridId) => {
    const grid = byId.get(gridId);
    const leader = seat(gridId, 'grid_leader');
    if (!grid || !leader) return [];
    const at = new Date(now.getTime() - 3 * DAY);
    return [
      {
        _id: `grid__${gridId}`,
        kind: 'grid',
        name: `${grid.name}群`,
        orgPath: grid.path,
        gridId,
        announcement: {
          text: '本群为网格服务群：政策通知、活动安排在此发布；有困难请直接@网格员或拨打电话。',
          byName: leader.name,
          at,
        },
        announcementsOnly: false,
        createdBy: 'seed',
        createdAt: at,
        updatedAt: at,
      },
    ];
  });
  return { groups, messages: messages.sort((a, b) => (a._id < b._id ? -1 : 1)), notices };
}
