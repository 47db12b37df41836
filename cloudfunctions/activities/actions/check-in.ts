import { checkIn } from '../../../types/activities/checkin';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { checkInWith } from '../lib/check-in';
import { codeValid } from '../lib/rotating-code';

/** The six digits typed: each try counts against the typed-code budget (the router takes it first). */
export default defineAction(checkIn, async ({ activityId, code }, ctx) =>
  checkInWith(ctx, activityId, {
    valid: (activity) => codeValid(activity.checkinSecret, code, ctx.now),
    refusal: () => new AppError('INVALID_INPUT', '签到码已过期或不正确，请扫描组织者手机上最新的签到码', 'code'),
  }),
);
