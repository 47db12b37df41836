import { account, load, smallDistrict, validId, veteranFile } from '../../support/fixtures';
import type { Stack } from '../../support/stack';

/**
 * The small fixture district plus a bound veteran in the other grid (g2) and one in the same grid:
 * g1 = 第三网格 (wx-bound, wx-bound-2; team wx-gl, wx-gm1), g2 = 第一网格 (wx-vet-g2; team wx-gm-other).
 */
export async function loadGroupWorld(stack: Stack) {
  const d = smallDistrict();
  const g2 = d.orgs.find((o) => o._id === 'g2')!;
  const g1 = d.orgs.find((o) => o._id === 'g1')!;
  const extra = [
    veteranFile('v-g2', '刘海军', validId('1962-01-01', 31), '13612345678', g2, 'wx-vet-g2'),
    veteranFile('v-bound-2', '陈志明', validId('1963-02-02', 41), '13512345678', g1, 'wx-bound-2'),
  ];
  const accounts = [...d.accounts, ...extra.map((v) => account(v.openid as string, v._id, []))];
  await load(stack.cloud, { orgs: d.orgs, veterans: [...d.veterans, ...extra], staff: d.staff, accounts });
  return d;
}

export const G1 = 'grid__g1';
export const G2 = 'grid__g2';
