import type { OrgDoc } from '../../types/org/model';
import type { Reader } from '../_kernel/store';
import type { Database } from '../_kernel/sdk';

/** Org nodes by id, read in one query. */
export async function orgsById(db: Database, read: Reader, ids: string[]): Promise<Map<string, OrgDoc>> {
  const unique = [...new Set(ids)].filter(Boolean);
  if (!unique.length) return new Map();
  const docs = await read.many<OrgDoc>(
    'orgs',
    { _id: db.command.in(unique) },
    { limit: Math.min(1000, unique.length) },
  );
  return new Map(docs.map((d) => [d._id, d]));
}

export function orgName(orgs: Map<string, OrgDoc>, id: string): string {
  return orgs.get(id)?.name ?? '未知单位';
}

/** "南屏镇 永济社区 第三网格": the names along a path below the district. */
export function placeName(orgs: Map<string, OrgDoc>, path: string[]): string {
  return path
    .slice(1)
    .map((id) => orgName(orgs, id))
    .join(' ');
}
