import type { VeteranDoc } from '../types/veteran/model';
import type { CorrectionDoc } from '../types/veteran/records';
import type { Random } from './random';

const DAY = 86_400_000;
const REASONS = ['搬到同小区另一栋了', '门牌号登记错了', '房子重新编了号'];

/**
 * Pending corrections the grid members have yet to look at: in `share` of the grids (and always in the
 * demo grid), one bound, living person asked to correct their address. Demo people never have one.
 */
export function buildCorrections(
  rng: Random,
  veterans: VeteranDoc[],
  demoGridIds: string[],
  reservedOpenids: Set<string>,
  now: Date,
  share = 0.1,
): CorrectionDoc[] {
  const byGrid = new Map<string, VeteranDoc[]>();
  for (const v of veterans) {
    if (!v.openid || reservedOpenids.has(v.openid) || v.lifeStatus !== 'in_district' || !/\d+房$/.test(v.address))
      continue;
    byGrid.set(v.gridId, [...(byGrid.get(v.gridId) ?? []), v]);
  }
  const corrections: CorrectionDoc[] = [];
  for (const [gridId, files] of [...byGrid.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!demoGridIds.includes(gridId) && !rng.chance(share)) continue;
    const file = rng.pick(files);
    const address = file.address.replace(/\d+房$/, `${rng.int(1, 28)}0${rng.int(1, 6)}房`);
    if (address === file.address) continue;
    corrections.push({
      _id: `cr-${file._id}`,
      veteranId: file._id,
      veteranName: file.name,
      gridId,
      orgPath: file.orgPath,
      field: 'address',
      valueText: address,
      valueEnc: null,
      valueShown: address,
      before: file.address,
      reason: rng.pick(REASONS),
      photoFileId: null,
      status: 'pending',
      requestedBy: { kind: 'veteran', id: file.openid as string, name: file.name },
      createdAt: new Date(now.getTime() - rng.int(1, 20) * DAY),
      decidedBy: null,
      decidedAt: null,
      note: '',
    });
  }
  return corrections;
}
