import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { serviceHours } from './records';

/**
 * Collection `hoursCorrections`: every change of hours already recorded, append-only (who, when, before,
 * after, why). Hours are recorded once; a mistake is corrected here, never by recording again.
 */
export interface HoursCorrectionDoc {
  _id: string;
  activityId: string;
  signupId: string;
  veteranId: string;
  beforeMinutes: number;
  afterMinutes: number;
  reason: string;
  by: { staffId: string | null; name: string };
  at: Date;
}

/** The organiser corrects one person's recorded hours, with a reason; the change is kept on record. */
export const correctHours = defineContract<{ corrected: true }>()({
  fn: 'activities',
  action: 'correctHours',
  input: z
    .object({
      activityId: docId,
      signupId: docId,
      hours: serviceHours,
      reason: lineText().min(4, '请写明更正原因（至少4个字）').max(200, '更正原因不能超过200个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

export interface HoursCorrectionView {
  name: string;
  beforeHours: number;
  afterHours: number;
  reason: string;
  byName: string;
  at: string;
}

/** The corrections of an activity's hours, newest first: for its organisers. */
export const hoursCorrections = defineContract<{ items: HoursCorrectionView[] }>()({
  fn: 'activities',
  action: 'hoursCorrections',
  input: z.object({ activityId: docId }).strict(),
  errors: ['NOT_FOUND'],
});
