import { checkInByScan } from '../../../types/activities/checkin';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { checkInWith } from '../lib/check-in';
import { scanTokenValid } from '../lib/rotating-code';

/**
 * The QR code's token scanned: 128 bits that change with the code, which no one finds by trying, so the call
 * takes no typed-code budget and a check-in is one write after the reads.
 */
export default defineAction(checkInByScan, async ({ activityId, token }, ctx) =>
  checkInWith(ctx, activityId, {
    valid: (activity) => scanTokenValid(activity.checkinSecret, token, ctx.now),
    refusal: () => new AppError('INVALID_INPUT', '签到二维码已过期，请扫描组织者手机上最新的签到码', 'token'),
  }),
);
