import type { ServiceStation, UnitType } from '../../types/org/model';
import type { DemoCast } from './demo-cast';

/**
 * The shape of a district's organisation as data. A district is configuration, not code: another
 * district brings its own file of this shape and the generator builds its org tree from it.
 * Ids are part of the data so that tests and demo links can name places across regenerations.
 */
export interface DistrictSpec {
  /** e.g. `d-xz` */
  id: string;
  /** e.g. 香洲区 */
  name: string;
  /** Prefix of every address in the district, e.g. 广东省珠海市香洲区 */
  addressPrefix: string;
  /** Six-digit administrative code of the district (first six digits of a local ID number). */
  areaCode: string;
  /** Area codes of the district's own city (people born locally). */
  localAreaCodes: string[];
  /** Telephone area code for stations' landlines, e.g. 0756 */
  phoneAreaCode: string;
  streets: StreetSpec[];
  /** Bodies under the district that are not places (征兵办, an agency). */
  units: UnitSpec[];
  /** The demo people (local demo and tests only). */
  demo?: DemoCast;
}

export interface StreetSpec {
  /** e.g. `s-01` */
  id: string;
  /** e.g. 香湾街道, 南屏镇 */
  name: string;
  /** Roads of the street, used for synthetic addresses. */
  roads: string[];
  communities: CommunitySpec[];
}

export interface CommunitySpec {
  /** e.g. `c-01-03` */
  id: string;
  /** e.g. 朝阳社区 */
  name: string;
  /**
   * The community's grids: a count (named 第一网格, 第二网格 ... in order, with ids `g-SS-CC-N`) or an
   * explicit list of names for a district whose grids carry their own names.
   */
  grids: number | string[];
  station: ServiceStation;
}

export interface UnitSpec {
  /** e.g. `u-recruit` */
  id: string;
  name: string;
  unitType: UnitType;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for grid ordinals). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** The grid names of a community, in order. */
export function gridNamesOf(community: CommunitySpec): string[] {
  if (Array.isArray(community.grids)) return community.grids;
  return Array.from({ length: community.grids }, (_, i) => `第${chineseOrdinal(i + 1)}网格`);
}

/** `c-01-03` + 2 → `g-01-03-2` */
export function gridIdOf(communityId: string, ordinal: number): string {
  return `g-${communityId.slice(2)}-${ordinal}`;
}
