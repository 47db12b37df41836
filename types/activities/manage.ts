import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { isoInstant } from '../common/dates';
import { ACTIVITY_KINDS, PUBLICITY_VENUES, type ActivityKind, type SignupStatus } from './model';

/** Staff (and a grid team, for its grid) create an activity for an audience under the organiser's node. */
export const createActivity = defineContract<{ id: string }>()({
  fn: 'activities',
  action: 'createActivity',
  input: z
    .object({
      kind: z.enum(ACTIVITY_KINDS, { errorMap: () => ({ message: '请选择活动类型' }) }),
      title: lineText().min(2, '请填写活动名称').max(40, '活动名称不能超过40个字'),
      description: multilineText().max(1000, '活动说明不能超过1000个字').default(''),
      organiserOrgId: docId,
      audienceOrgId: docId,
      /** For one volunteer team only: its members join; organised at the team's node (by its staff or leader). */
      audienceTeamId: docId.nullable().default(null),
      place: lineText().min(2, '请填写活动地点').max(60, '活动地点不能超过60个字'),
      startAt: isoInstant,
      endAt: isoInstant,
      signupDeadline: isoInstant,
      capacity: z
        .number({ invalid_type_error: '请填写名额人数' })
        .int('名额须为整数')
        .min(1, '名额至少1人')
        .max(2000, '名额不能超过2000人'),
      waitlistCap: z
        .number({ invalid_type_error: '请填写候补人数（不设候补填0）' })
        .int('候补名额须为整数')
        .min(0, '候补名额不能为负')
        .max(2000, '候补名额不能超过2000人')
        .default(0),
      /** Publicity only: 进社区/进校园/进企业. */
      venue: z
        .enum(PUBLICITY_VENUES, { errorMap: () => ({ message: '请选择宣传去向' }) })
        .nullable()
        .default(null),
    })
    .strict()
    .refine((a) => a.kind !== 'publicity' || a.venue !== null, { message: '请选择宣传去向', path: ['venue'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface ActivityView {
  id: string;
  kind: ActivityKind;
  kindLabel: string;
  title: string;
  description: string;
  organiserName: string;
  /** The organising node, which certifies the hours it records (谁记录谁证明). */
  organiserOrgId: string;
  place: string;
  startAt: string;
  endAt: string;
  signupDeadline: string;
  capacity: number;
  signedUp: number;
  waitlistCap: number;
  waitlisted: number;
  /** The caller's own sign-up, if any; `position` is their place on the waiting list (1 = next). */
  mine: { status: Exclude<SignupStatus, 'claiming'>; position: number | null; checkedIn: boolean } | null;
  /** Whether the caller organises it (staff over the organiser node). */
  organising: boolean;
  /** By the server's clock (a phone's may be off): sign-up still open; check-in window (an hour either side); under way or over. */
  signupOpen: boolean;
  checkinOpen: boolean;
  started: boolean;
  /** 进社区/进校园/进企业 for publicity, else null. */
  venueLabel: string | null;
  summary: {
    text: string;
    peopleReached: number | null;
    photoCount: number;
    /** Ten-minute links to the photos, in the detail only (lists leave it empty). */
    photoUrls: string[];
    /** The photos' file ids, to the organisers in the detail (a rewrite keeps them); empty for anyone else. */
    photoFileIds: string[];
    byName: string;
    at: string;
  } | null;
}

/** Activities open to the caller (a veteran: those whose audience holds their grid; staff: those organised at their nodes), soonest first. */
export const listActivities = defineContract<{ items: ActivityView[] }>()({
  fn: 'activities',
  action: 'listActivities',
  input: z.object({}).strict(),
});

export interface RosterEntry {
  signupId: string;
  veteranId: string;
  name: string;
  status: 'signed' | 'waitlisted';
  position: number | null;
  checkedIn: boolean;
  minutes: number | null;
}

/** One activity; its organisers also get the roster. */
export const activityDetail = defineContract<{ activity: ActivityView; roster: RosterEntry[] | null }>()({
  fn: 'activities',
  action: 'activityDetail',
  input: z.object({ id: docId }).strict(),
  errors: ['NOT_FOUND'],
});
