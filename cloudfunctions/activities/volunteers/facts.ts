import type { VolunteerHonourDoc } from '../../../types/activities/honours';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { pathKey } from '../../_domain/jurisdiction';

/** A query's `in` list at most this long (WeChat's own cap on a where's array is far larger). */
const CHUNK = 500;

/** The volunteers living under `node` (their registration's org path), on the node's indexed path field. */
export function volunteersUnder(node: OrgDoc): Record<string, string> {
  return { [pathKey(node)]: node._id };
}

export interface VolunteerFacts {
  files: Map<string, VeteranDoc>;
  /** Recorded minutes and services per veteran, every organiser's. */
  service: Map<string, { minutes: number; services: number }>;
  honours: Map<string, { training: number; awards: number }>;
}

function chunks<T>(all: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += CHUNK) out.push(all.slice(i, i + CHUNK));
  return out;
}

/**
 * What the list and the export show beside each registration, read in bulk for a page (or a chunk) of
 * volunteers: their files (masked phone, sealed ID number, gender), recorded service summed in the
 * database, and their training and awards counted.
 */
export async function volunteerFacts(ctx: ActionContext, vols: VolunteerDoc[]): Promise<VolunteerFacts> {
  const facts: VolunteerFacts = { files: new Map(), service: new Map(), honours: new Map() };
  for (const part of chunks(vols.map((v) => v.veteranId))) {
    const $in = ctx._.in(part);
    const counted = (kind: VolunteerHonourDoc['kind']) =>
      aggregate<{ _id: string; n: number }>(ctx.db, 'volunteerHonours', [
        { $match: { veteranId: $in, kind } },
        { $group: { _id: '$veteranId', n: { $sum: 1 } } },
      ]);
    const [files, service, training, awards] = await Promise.all([
      ctx.read.many<VeteranDoc>('veterans', { _id: $in }, { limit: part.length }),
      aggregate<{ _id: string; minutes: number; services: number }>(ctx.db, 'activitySignups', [
        { $match: { veteranId: $in, minutes: ctx._.gt(0) } },
        { $group: { _id: '$veteranId', minutes: { $sum: '$minutes' }, services: { $sum: 1 } } },
      ]),
      counted('training'),
      counted('award'),
    ]);
    for (const f of files) facts.files.set(f._id, f);
    for (const s of service) facts.service.set(s._id, { minutes: s.minutes, services: s.services });
    for (const [list, key] of [
      [training, 'training'],
      [awards, 'awards'],
    ] as const)
      for (const h of list) {
        const row = facts.honours.get(h._id) ?? { training: 0, awards: 0 };
        row[key] = h.n;
        facts.honours.set(h._id, row);
      }
  }
  return facts;
}
