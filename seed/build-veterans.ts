import type { StaffDoc } from '../types/account/model';
import type { Gender, KeyGroupMark, LifeStatus, VeteranDoc } from '../types/veteran/model';
import type { Pii } from '../cloudfunctions/_kernel/pii';
import { maskIdNumber, maskPhone } from '../types/common/validators';
import type { DistrictSpec } from './district/district-spec';
import type { GridPlace } from './build-orgs';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';
import { drawOrigin, type PersonBasics } from './draw-person';
import { drawAwards, drawServiceHistory } from './service-history';
import { synthesizeAddress } from './synthesize-address';
import { CONTRIBUTION_REASONS, DECORATED_LEVELS, HARDSHIP_REASONS } from './names/service-tables';
import { ETHNICITIES } from './names/person-names';
import { SEED_PROPORTIONS as P } from './proportions';
import { drawCircumstances } from './draw-circumstances';

const DAY = 86_400_000;
/** The grid ledger was built from 2019 on (建档立卡). */
const LEDGER_START = Date.UTC(2019, 0, 1);

/** A file whose person is fixed in advance (demo people, veteran grid staff). */
export interface PinnedPerson {
  name: string;
  gender: Gender;
  birthYear: number;
  /** Required with `idNumber`: the birth date inside it. */
  birthDate?: string;
  openid: string | null;
  idNumber?: string;
  phone?: string;
  partyMember?: boolean;
  /** Demo people's files are complete, verified and in the district, whatever the dice say. */
  settled?: boolean;
}

export interface FileContext {
  spec: DistrictSpec;
  rng: Random;
  identities: IdentityFactory;
  pii: Pii;
  now: Date;
  /** Grid staff by grid id: [leader, member, member, member]. */
  gridStaff: Map<string, StaffDoc[]>;
  districtAdminId: string;
}

/** A file and the plaintext it was made from (kept in memory to build registrations; never stored). */
export interface DrawnFile {
  doc: VeteranDoc;
  idNumber: string;
  phone: string | null;
}

/** One person's file (一人一档) in a grid. */
export function drawFile(
  ctx: FileContext,
  id: string,
  grid: GridPlace,
  basics: PersonBasics,
  pinned?: PinnedPerson,
): DrawnFile {
  const { rng, identities, pii, now } = ctx;
  const gender = pinned?.gender ?? basics.gender;
  const birthDate = pinned?.birthDate ?? identities.birthDate(pinned?.birthYear ?? basics.birthYear);
  const origin = drawOrigin(rng, ctx.spec);
  const idNumber = pinned?.idNumber ?? identities.idNumber(origin.areaCode, birthDate, gender);
  const name = pinned?.name ?? identities.name(gender, Number(birthDate.slice(0, 4)));
  const settled = pinned?.settled ?? false;

  const incomplete = !settled && rng.chance(P.incompleteFiles);
  // A bound person registered with their phone, so their file has one.
  const missingPhone = incomplete && !pinned?.openid && rng.chance(0.5);
  const phone = missingPhone ? null : (pinned?.phone ?? identities.mobile());
  const address = incomplete && !missingPhone ? '' : synthesizeAddress(rng, ctx.spec, grid);

  const service = basics.served
    ? drawServiceHistory(rng, birthDate, now)
    : { enlistDate: null, dischargeDate: null, arm: '', rank: '', exitMode: null };
  const decorated = basics.served && rng.chance(P.decorated);
  const awards = drawAwards(rng, service, decorated, P.minorAwards);
  const partyMember = pinned?.partyMember ?? rng.chance(P.partyMembers);

  const createdAt = new Date(LEDGER_START + rng.next() * (now.getTime() - 60 * DAY - LEDGER_START));
  const between = (from: Date) => new Date(from.getTime() + rng.next() * (now.getTime() - from.getTime()));
  const [leader, ...members] = ctx.gridStaff.get(grid.id)!;
  const mark = (reason: string, setBy: string): KeyGroupMark => ({ reason, setBy, setAt: between(createdAt) });

  const keyGroups: VeteranDoc['keyGroups'] = {};
  if (rng.chance(P.hardship)) keyGroups.hardship = mark(rng.pick(HARDSHIP_REASONS), leader._id);
  if (rng.chance(P.contribution)) keyGroups.contribution = mark(rng.pick(CONTRIBUTION_REASONS), ctx.districtAdminId);
  const decoration = awards.find((a) => DECORATED_LEVELS.has(a.level));
  if (decoration) keyGroups.decorated = mark(`${decoration.year}年荣立${decoration.level}`, ctx.districtAdminId);

  // Pinned people (demo people, grid staff) live and work in the district.
  const lifeStatus: LifeStatus = pinned
    ? 'in_district'
    : drawLifeStatus(rng, now.getUTCFullYear() - Number(birthDate.slice(0, 4)));
  const verifiedAt = settled || !rng.chance(P.unverified) ? between(createdAt) : null;
  // Among living files in the district with a phone, bind enough that `notRegistered` of all of them are unbound.
  const bindChance = (1 - P.notRegistered) / (1 - P.incompleteFiles / 2);
  const openid =
    pinned !== undefined
      ? pinned.openid
      : lifeStatus === 'in_district' && phone !== null && rng.chance(bindChance)
        ? `seed-vet-${id}`
        : null;
  const boundAt = openid ? between(new Date(Math.max(createdAt.getTime(), Date.UTC(2021, 0, 1)))) : null;
  const updatedAt = new Date(Math.max(createdAt.getTime(), verifiedAt?.getTime() ?? 0, boundAt?.getTime() ?? 0));

  const doc: VeteranDoc = {
    _id: id,
    name,
    gender,
    birthDate,
    ethnicity: rng.weighted(ETHNICITIES),
    idEnc: pii.encrypt(idNumber),
    idHash: pii.blindIndex('id', idNumber),
    idMasked: maskIdNumber(idNumber),
    phoneEnc: phone ? pii.encrypt(phone) : null,
    phoneHash: phone ? pii.blindIndex('phone', phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    address,
    hukou: origin.hukou,
    orgPath: grid.path,
    gridId: grid.id,
    category: basics.category,
    dependantType: basics.dependantType,
    service,
    awards,
    party: { member: partyMember, branch: partyMember ? partyBranch(rng, grid) : '' },
    ...drawCircumstances(id, name, now.getUTCFullYear() - Number(birthDate.slice(0, 4)), pii),
    keyGroups,
    lifeStatus,
    openid,
    boundAt,
    verifiedAt,
    verifiedBy: verifiedAt ? rng.pick(members)._id : null,
    createdAt,
    updatedAt,
    version: 1,
  };
  return { doc, idNumber, phone };
}

/** Deaths are mostly among the old; the weights give about `deceased` overall. */
function drawLifeStatus(rng: Random, age: number): LifeStatus {
  const deathChance = age >= 80 ? 0.15 : age >= 60 ? 0.02 : 0.005;
  if (rng.chance(deathChance)) return 'deceased';
  return rng.chance(P.movedOut) ? 'moved_out' : 'in_district';
}

/** Veteran party members belong to their community's (or, where it has none, their street's) branch. */
function partyBranch(rng: Random, grid: GridPlace): string {
  return rng.chance(0.8) ? `${grid.community.name}退役军人党支部` : `${grid.street.name}退役军人党支部`;
}
