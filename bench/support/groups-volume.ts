import type { LocalCloud } from '../../localcloud';
import type { GeneratedDistrict } from '../../seed/generate';

/** The bulk volume bench/groups.ts loads straight into the store. */
const CHUNK = 50_000;
const YEAR = 365 * 86_400_000;
let seed = 11;
const rand = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;

/**
 * `count` messages over every grid group, senders drawn from each grid's bound veterans and team, spread
 * over the last year. Returns [groupId, openid of a bound veteran] pairs for the open-group calls.
 */
export function loadMessages(
  lc: LocalCloud,
  d: Omit<GeneratedDistrict, 'demoPeople'>,
  count: number,
  now: Date,
): [string, string][] {
  const grids = d.orgs.filter((o) => o.kind === 'grid');
  const people = new Map<string, { openid: string; name: string; label: string }[]>(grids.map((g) => [g._id, []]));
  const readers: [string, string][] = [];
  for (const v of d.veterans) {
    if (!v.openid || v.lifeStatus !== 'in_district') continue;
    people.get(v.gridId)?.push({ openid: v.openid, name: v.name, label: '退役军人' });
    readers.push([`grid__${v.gridId}`, v.openid]);
  }
  for (const s of d.staff)
    if (s.openid && people.has(s.orgId))
      people
        .get(s.orgId)
        ?.push({ openid: s.openid, name: s.name, label: s.role === 'grid_leader' ? '网格长' : '网格员' });
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i += 1) {
      const grid = grids[i % grids.length];
      const senders = people.get(grid._id) ?? [];
      const who = senders[Math.floor(rand() * senders.length)] ?? { openid: 'seed-x', name: '群成员', label: '' };
      const ms = now.getTime() - Math.floor(rand() * YEAR);
      const k = `${String(ms).padStart(13, '0')}${i.toString(16).padStart(8, '0')}`;
      chunk.push({
        _id: k,
        groupId: `grid__${grid._id}`,
        senderOpenid: who.openid,
        senderName: who.name,
        senderLabel: who.label,
        kind: 'text',
        text: `消息 ${i}：本周末社区有活动，请大家互相转告。`,
        imageFileId: null,
        mentions: [],
        recalled: false,
        createdAt: new Date(ms),
        rev: k,
      });
    }
    lc.db.importDocuments('messages', chunk);
  }
  return readers;
}

/** A bound veteran living in the district, as a notice's receipt names them. */
export interface Reader {
  openid: string;
  gridId: string;
}

/** Receipts from ~70% of the bound veterans (a third of them acknowledged) for each notice. */
export function loadReceipts(lc: LocalCloud, readers: Reader[], noticeIds: string[], now: Date): number {
  let n = 0;
  for (const noticeId of noticeIds) {
    const docs = readers
      .filter(() => rand() < 0.7)
      .map((v) => {
        const acked = rand() < 0.33;
        return {
          _id: `${noticeId}__${v.openid}`,
          noticeId,
          openid: v.openid,
          readerKind: 'veteran',
          gridId: v.gridId,
          readAt: now,
          acked,
          ackedAt: acked ? now : null,
        };
      });
    lc.db.importDocuments('noticeReceipts', docs);
    n += docs.length;
  }
  return n;
}
