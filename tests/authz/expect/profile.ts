import { fileViewers, myCorrections, myFile, myHistory, proxyFiles } from '../../../types/profile/queries';
import {
  acceptProxy,
  requestCorrection,
  unbindAccount,
  uploadCorrectionPhoto,
  withdrawConsent,
} from '../../../types/profile/requests';
import type { Side } from '../personas';
import type { World } from '../world';
import { BOUND_VETERANS, SIGNED_IN, VETERANS } from './shared';
import { table } from './table';

/**
 * profile (我的档案): "a veteran sees only their own file"; they read it, ask to correct it, see who looked
 * at it, unbind or withdraw consent. Staff work on files through the ledger, never through 我的档案.
 * In scope is the caller's own side's demo veteran's file; for a veteran that is their own.
 */
const fileOf = (w: World, side: Side) => ({ forVeteranId: w.veteran(side)._id });
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/** An unused 代办 code, issued by the side's grid member for a neighbour of the side's demo veteran. */
let codes = 0;
function proxyCodeFor(w: World, side: Side): string {
  codes += 1;
  const now = new Date();
  return w.put('proxyCodes', {
    _id: `PX${side}${String(codes).padStart(5, '0')}`,
    veteranId: w.neighbour(side)._id,
    relation: '子女',
    issuedBy: `st-${w.neighbour(side).gridId}-2`,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
    usedBy: null,
    usedAt: null,
  });
}
const ownFileOnly = { inScope: VETERANS, outOfScope: [] };

export const tables = [
  ...[myFile, myCorrections, myHistory, fileViewers].map((contract) =>
    table({ contract, target: fileOf, allowed: ownFileOnly }),
  ),
  table({
    contract: proxyFiles,
    target: () => ({}),
    // The files the caller may act for (代办); an empty list for everyone else.
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
  }),
  table({
    contract: requestCorrection,
    target: (w, side) => ({
      ...fileOf(w, side),
      field: 'address' as const,
      value: '广东省珠海市香洲区南屏镇永济社区永济路8号',
      reason: '门牌号登记错了',
    }),
    allowed: ownFileOnly,
  }),
  table({
    contract: unbindAccount,
    target: () => ({ confirm: true as const }),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: "the caller's own binding",
  }),
  table({
    contract: withdrawConsent,
    target: () => ({ confirm: true as const }),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: "the caller's own consent",
  }),
  table({
    contract: acceptProxy,
    // A proxy code is handed to a family member: whoever holds it may act (they live anywhere).
    target: (w, side) => ({ code: proxyCodeFor(w, side) }),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
  }),
  table({
    contract: uploadCorrectionPhoto,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: 'a file id',
  }),
];
