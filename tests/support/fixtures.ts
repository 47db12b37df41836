import cloudSdk from 'wx-server-sdk';
import { createPii, DEV_PII_KEY } from '../../cloudfunctions/_kernel/pii';
import { idCheckChar, maskIdNumber, maskPhone } from '../../types/common/validators';
import type { OrgDoc } from '../../types/org/model';
import type { AccountDoc, StaffDoc } from '../../types/account/model';
import type { VeteranDoc } from '../../types/veteran/model';
import type { StaffRole } from '../../types/auth/roles';
import type { LocalCloud } from '../../localcloud';
import { buildLedgerStats } from '../../seed/build-ledger-stats';
import { buildRollups } from '../../seed/build-rollups';

/** A valid 18-digit ID number for a birth date and a sequence number. */
export function validId(birth: string, seq: number): string {
  const first17 = `440402${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

const pii = createPii(DEV_PII_KEY);
const T0 = new Date('2026-01-01T00:00:00Z');

export function org(
  _id: string,
  kind: OrgDoc['kind'],
  name: string,
  parent: OrgDoc | null,
  extra: Partial<OrgDoc> = {},
): OrgDoc {
  return {
    _id,
    kind,
    name,
    parentId: parent?._id ?? null,
    path: [...(parent?.path ?? []), _id],
    order: 0,
    createdAt: T0,
    ...extra,
  };
}

export function staff(
  _id: string,
  name: string,
  role: StaffRole,
  at: OrgDoc,
  openid: string | null,
  isAdmin = false,
): StaffDoc {
  return {
    _id,
    name,
    workPhone: '13800000000',
    role,
    orgId: at._id,
    orgPath: at.path,
    isAdmin,
    isVeteran: false,
    openid,
    status: 'active',
    createdAt: T0,
    updatedAt: T0,
  };
}

export function veteranFile(
  _id: string,
  name: string,
  id: string,
  phone: string,
  grid: OrgDoc,
  openid: string | null = null,
): VeteranDoc {
  return {
    _id,
    name,
    gender: 'male',
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    ethnicity: '汉族',
    idEnc: pii.encrypt(id),
    idHash: pii.blindIndex('id', id),
    idMasked: maskIdNumber(id),
    phoneEnc: pii.encrypt(phone),
    phoneHash: pii.blindIndex('phone', phone),
    phoneMasked: maskPhone(phone),
    address: '永济社区一巷1号',
    hukou: '广东珠海',
    orgPath: grid.path,
    gridId: grid._id,
    category: 'veteran',
    dependantType: null,
    service: { enlistDate: '1990-12-01', dischargeDate: '1994-12-01', arm: '陆军', rank: '中士', exitMode: '退伍' },
    awards: [],
    party: { member: false, branch: '' },
    keyGroups: {},
    lifeStatus: 'in_district',
    emergencyContact: {
      name: '王芳',
      relation: '配偶',
      phoneEnc: pii.encrypt('13500001111'),
      phoneMasked: maskPhone('13500001111'),
    },
    work: { status: '退休', employer: '' },
    living: { arrangement: '与家人同住', note: '' },
    openid,
    boundAt: openid ? T0 : null,
    verifiedAt: T0,
    verifiedBy: 'st-gm1',
    createdAt: T0,
    updatedAt: T0,
    version: 1,
  };
}

export function account(openid: string, veteranId: string | null, staffIds: string[]): AccountDoc {
  return { _id: openid, veteranId, staffIds, supervisorIds: [], registrationId: null, createdAt: T0 };
}

/** A small district: one street, one community, two grids, their teams, two files (one bound). */
export function smallDistrict() {
  const district = org('d', 'district', '香洲区', null);
  const street = org('s1', 'street', '南屏镇', district);
  const otherStreet = org('s2', 'street', '香湾街道', district);
  const community = org('c1', 'community', '永济社区', street, {
    station: { name: '永济社区退役军人服务站', address: '永济路1号', phone: '07568888888' },
  });
  const grid = org('g1', 'grid', '第三网格', community);
  const otherGrid = org('g2', 'grid', '第一网格', community);
  const recruit = org('u-recruit', 'unit', '征兵办', district, { unitType: 'recruitment_office' });
  const people = {
    unboundId: validId('1960-05-01', 11),
    unboundPhone: '13912345678',
    boundId: validId('1955-03-02', 21),
    boundPhone: '13712345678',
  };
  const veterans = [
    veteranFile('v-unbound', '王卫国', people.unboundId, people.unboundPhone, grid),
    veteranFile('v-bound', '李建军', people.boundId, people.boundPhone, grid, 'wx-bound'),
  ];
  const staffDocs = [
    staff('st-gl', '赵网格长', 'grid_leader', grid, 'wx-gl'),
    staff('st-gm1', '钱网格员', 'grid_member', grid, 'wx-gm1'),
    staff('st-gm-other', '孙网格员', 'grid_member', otherGrid, 'wx-gm-other'),
    staff('st-street-admin', '周街道', 'street_staff', street, 'wx-street-admin', true),
    staff('st-district-admin', '吴区局', 'district_staff', district, 'wx-district-admin', true),
  ];
  const accounts = [
    account('wx-bound', 'v-bound', []),
    ...staffDocs.map((s) => account(s.openid as string, null, [s._id])),
  ];
  return {
    orgs: [district, street, otherStreet, community, grid, otherGrid, recruit],
    veterans,
    staff: staffDocs,
    accounts,
    people,
  };
}

/** Writes documents through the real SDK, as any client of the local cloud would. */
export async function load(cloud: LocalCloud, collections: Record<string, { _id: string }[]>): Promise<void> {
  const sdk = (cloudSdk as unknown as { createNewInstance(c: object): typeof cloudSdk }).createNewInstance({
    env: cloud.envId,
    serviceUrl: cloud.serviceUrl,
    secretId: 'local',
    secretKey: 'local',
  });
  const db = sdk.database();
  for (const [name, docs] of Object.entries(collections)) {
    if (docs.length) await db.collection(name).add({ data: docs });
  }
  if ((collections.veterans || collections.orgs) && !collections.rollups) await deriveRows(db, cloud.clock.now());
}

type Db = ReturnType<typeof cloudSdk.database>;

/** Every document of a collection, through the SDK (1,000 a read). */
async function everything<T>(db: Db, name: string): Promise<T[]> {
  const out: T[] = [];
  for (let skip = 0; ; skip += 1000) {
    const { data } = (await db.collection(name).orderBy('_id', 'asc').skip(skip).limit(1000).get()) as unknown as {
      data: T[];
    };
    out.push(...data);
    if (data.length < 1000) return out;
  }
}

/**
 * Files loaded straight into the store bypass the writes that keep the filing-rate rows and the rollups; this
 * recomputes both from everything the store holds, as the seed builds them for the demo district.
 */
async function deriveRows(db: Db, now: Date): Promise<void> {
  const [orgs, veterans] = await Promise.all([everything<OrgDoc>(db, 'orgs'), everything<VeteranDoc>(db, 'veterans')]);
  const ledgerStats = buildLedgerStats(orgs, veterans, now);
  const rollups = buildRollups(orgs, ledgerStats, now);
  for (const [name, docs] of [
    ['ledgerStats', ledgerStats],
    ['rollups', rollups],
  ] as const) {
    await db
      .collection(name)
      .where({ _id: db.command.exists(true) })
      .remove();
    if (docs.length) await db.collection(name).add({ data: docs });
  }
}
