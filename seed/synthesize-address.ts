import type { DistrictSpec } from './district/district-spec';
import type { GridPlace } from './build-orgs';
import type { Random } from './random';
import { ESTATE_NAMES } from './names/origin-places';

/** A home address in the grid's community: 广东省珠海市香洲区南屏镇永济社区永济路12号海景花园3栋502房. */
export function synthesizeAddress(rng: Random, spec: DistrictSpec, grid: GridPlace): string {
  const road = rng.pick(grid.street.roads);
  const building = rng.int(1, 18);
  const room = `${rng.int(1, 28)}${String(rng.int(1, 6)).padStart(2, '0')}`;
  return `${spec.addressPrefix}${grid.street.name}${grid.community.name}${road}${rng.int(1, 300)}号${rng.pick(ESTATE_NAMES)}${building}栋${room}房`;
}
