import { meetingDetail } from '../../../types/party/meetings';
import { defineAction } from '../../_kernel/action';
import { keptMeeting } from '../lib/load';
import { viewOf } from '../lib/meeting-names';

export default defineAction(meetingDetail, async ({ meetingId }, ctx) =>
  viewOf(ctx, await keptMeeting(ctx, meetingId)),
);
