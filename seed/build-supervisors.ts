import type { SupervisorType } from '../types/auth/roles';
import type { OrgDoc } from '../types/org/model';
import type { SupervisorDoc } from '../types/supervision/model';
import { shanghaiDay, startOfShanghaiDay } from '../types/common/shanghai-time';
import type { DemoSupervisor } from './district/demo-cast';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';

/** From the seed article: 37 recruitment integrity supervisors, 10 conduct supervisors for the agency. */
export const SUPERVISOR_COUNTS: Record<SupervisorType, number> = { integrity: 37, conduct: 10 };

/** `sv-<bodyId>-<nn>`: seat 1 of each type is the demo person's when the cast has one. */
export function supervisorIdOf(bodyId: string, n: number): string {
  return `sv-${bodyId}-${String(n).padStart(2, '0')}`;
}

/**
 * The supervisors of every recruitment office (integrity) and agency (conduct): all bound, agreement
 * signed, appointed at the start of this year for two years (so every one may file now).
 */
export function buildSupervisors(
  units: OrgDoc[],
  rng: Random,
  identities: IdentityFactory,
  now: Date,
  cast: DemoSupervisor[],
): SupervisorDoc[] {
  const year = Number(shanghaiDay(now).slice(0, 4));
  const docs: SupervisorDoc[] = [];
  for (const unit of units) {
    const type: SupervisorType | null =
      unit.unitType === 'recruitment_office' ? 'integrity' : unit.unitType === 'agency' ? 'conduct' : null;
    if (!type) continue;
    const demo = cast.find((c) => c.bodyId === unit._id && c.type === type);
    for (let n = 1; n <= SUPERVISOR_COUNTS[type]; n++) {
      const id = supervisorIdOf(unit._id, n);
      const pinned = n === 1 ? demo : undefined;
      const gender = rng.chance(0.6) ? 'male' : 'female';
      docs.push({
        _id: id,
        type,
        bodyId: unit._id,
        bodyPath: unit.path,
        name: pinned?.name ?? identities.name(gender, rng.int(1960, 1992)),
        openid: pinned?.openid ?? `seed-${id}`,
        certificateNo: `${type === 'integrity' ? 'LZZB' : 'ZFJD'}${year}-${String(n).padStart(3, '0')}`,
        termStart: startOfShanghaiDay(`${year}-01-01`),
        termEnd: startOfShanghaiDay(`${year + 1}-12-31`),
        agreementSigned: true,
        appointedBy: type === 'integrity' ? `st-${unit._id}-1` : `st-${unit._id}-${rng.int(1, 3)}`,
        bindCode: null,
        status: 'active',
        createdAt: startOfShanghaiDay(`${year}-01-01`),
      });
    }
  }
  return docs;
}
