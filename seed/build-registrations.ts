import type { RegistrationDoc } from '../types/account/model';
import type { Pii } from '../cloudfunctions/_kernel/pii';
import { maskIdNumber, maskPhone } from '../types/common/validators';
import type { DistrictSpec } from './district/district-spec';
import type { GridPlace } from './build-orgs';
import type { DrawnFile } from './build-veterans';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';
import { drawOrigin, drawVeteranBasics } from './draw-person';
import { SEED_PROPORTIONS } from './proportions';

interface RegistrationContext {
  spec: DistrictSpec;
  rng: Random;
  identities: IdentityFactory;
  pii: Pii;
  now: Date;
}

/**
 * Pending registrations waiting for grid members: in `gridsWithPendingRegistrations` of the grids
 * (and always in the ones named in `alwaysIn`), 1-3 each. About half match a file by ID and name but
 * not by a verified phone (`id_name`), the rest match no file (`none`). Files in `untouchable` (the
 * demo's unregistered veteran) are never a candidate.
 */
export function buildRegistrations(
  ctx: RegistrationContext,
  grids: GridPlace[],
  files: DrawnFile[],
  alwaysIn: string[],
  untouchable: Set<string>,
): RegistrationDoc[] {
  const { rng, pii, identities, now } = ctx;
  const candidatesByGrid = new Map<string, DrawnFile[]>();
  for (const f of files) {
    const d = f.doc;
    if (d.openid || d.lifeStatus !== 'in_district' || untouchable.has(d._id)) continue;
    const list = candidatesByGrid.get(d.gridId) ?? [];
    list.push(f);
    candidatesByGrid.set(d.gridId, list);
  }
  const chosen = new Set(
    rng.sample(grids, Math.round(grids.length * SEED_PROPORTIONS.gridsWithPendingRegistrations)).map((g) => g.id),
  );
  for (const id of alwaysIn) chosen.add(id);

  const registrations: RegistrationDoc[] = [];
  for (const grid of grids) {
    if (!chosen.has(grid.id)) continue;
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const n = registrations.length + 1;
      const candidates = candidatesByGrid.get(grid.id) ?? [];
      const candidate =
        candidates.length > 0 && rng.chance(0.5) ? candidates.splice(rng.int(0, candidates.length - 1), 1)[0] : null;
      let name: string;
      let idNumber: string;
      let phone: string;
      let phoneVerified: boolean;
      if (candidate) {
        // Same ID and name as the file; the phone is either unverified or not the one on file.
        name = candidate.doc.name;
        idNumber = candidate.idNumber;
        phoneVerified = candidate.phone === null || rng.chance(0.5);
        phone = phoneVerified || candidate.phone === null ? identities.mobile() : candidate.phone;
      } else {
        const basics = drawVeteranBasics(rng, now);
        const birthDate = identities.birthDate(basics.birthYear);
        idNumber = identities.idNumber(drawOrigin(rng, ctx.spec).areaCode, birthDate, basics.gender);
        name = identities.name(basics.gender, basics.birthYear);
        phone = identities.mobile();
        phoneVerified = rng.chance(0.7);
      }
      registrations.push({
        _id: `r-${String(n).padStart(5, '0')}`,
        openid: `seed-reg-${String(n).padStart(5, '0')}`,
        name,
        idEnc: pii.encrypt(idNumber),
        idHash: pii.blindIndex('id', idNumber),
        idMasked: maskIdNumber(idNumber),
        phoneEnc: pii.encrypt(phone),
        phoneHash: pii.blindIndex('phone', phone),
        phoneMasked: maskPhone(phone),
        phoneVerified,
        gridId: grid.id,
        orgPath: grid.path,
        matchKind: candidate ? 'id_name' : 'none',
        candidateVeteranId: candidate ? candidate.doc._id : null,
        status: 'pending',
        createdAt: new Date(now.getTime() - rng.int(1, 20 * 24) * 3_600_000),
        decidedBy: null,
        decidedAt: null,
        note: '',
      });
    }
  }
  return registrations;
}
