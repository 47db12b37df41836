/** Activities (volunteer service, publicity, group life, supervisors' meetings), sign-ups and service records. */
export const ACTIVITY_KINDS = ['volunteer', 'publicity', 'group_life', 'supervisor_meeting'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  volunteer: '志愿服务',
  publicity: '宣传活动',
  group_life: '组织生活',
  supervisor_meeting: '监督员座谈会',
};

export const PUBLICITY_VENUES = ['community', 'school', 'enterprise'] as const;
export type PublicityVenue = (typeof PUBLICITY_VENUES)[number];
export const PUBLICITY_VENUE_LABELS: Record<PublicityVenue, string> = {
  community: '进社区',
  school: '进校园',
  enterprise: '进企业',
};

export interface ActivitySummary {
  text: string;
  /** People the activity reached (publicity), or null. */
  peopleReached: number | null;
  photoFileIds: string[];
  byName: string;
  at: Date;
}

/**
 * Collection `activities`. `remaining` and `waitRemaining` are the free seats and waiting-list places: sign-ups
 * take them with a conditional `_.inc(-1)` (never a read-modify-write), so a burst can never oversubscribe.
 */
export interface ActivityDoc {
  _id: string;
  kind: ActivityKind;
  title: string;
  description: string;
  /** The org node that organises and certifies (谁记录谁证明). */
  organiserOrgId: string;
  organiserPath: string[];
  organiserName: string;
  /** Who may sign up: veterans whose grid lies under this node. */
  /** The audience node; for a team's activity, the team's id (so no grid group shows its card). */
  audienceOrgId: string;
  audiencePath: string[];
  /** A volunteer team's own activity: the team (members join) and its leader (who organises it too). */
  audienceTeamId?: string | null;
  teamLeaderVeteranId?: string | null;
  place: string;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  capacity: number;
  waitlistCap: number;
  remaining: number;
  waitRemaining: number;
  /** Seeds the rotating check-in code; never leaves the function. */
  checkinSecret: string;
  status: 'open' | 'cancelled';
  /** Publicity only: where it went (进社区/进校园/进企业). */
  venue?: PublicityVenue | null;
  /** The organiser's account afterwards: what was done, people reached (publicity), photos. */
  summary?: ActivitySummary | null;
  /**
   * Timeline keys (see `_domain/groups/timeline-keys`): `cardKey` places the activity's card in its audience's
   * groups, `rev` changes whenever the card does. Absent on activities made before cards existed.
   */
  cardKey?: string;
  rev?: string;
  /**
   * Seats (or waiting-list places) taken by sign-ups not yet recorded, by the claim's token: written by the
   * same conditional update that takes the seat, removed once the sign-up records it. A claim whose call died
   * between the two is settled from here (cloudfunctions/activities/lib/claims.ts): no seat is ever lost.
   */
  seatClaims?: Record<string, SeatCounter>;
  /**
   * Cancellations whose freed seat (or waiting place) this document has booked, by release id, kept until
   * the sign-up forgets its release: booking is conditional on the id being absent, so a release redone
   * after a killed call never gives a place back twice (activities/lib/release.ts).
   */
  seatReleases?: Record<string, SeatCounter>;
  /**
   * Set when a seat came back to `remaining` or a fill of free seats from the waiting list began
   * (cloudfunctions/activities/lib/fill.ts); the timer `settleSignupClaims` looks at the activity once this
   * is a minute old (the waiting list moves up, a fill a dead call left is finished) and clears it.
   */
  seatsFreedAt?: Date;
  /** When the signed-up were reminded (the timer `remindActivities`); null until then. Absent on older ones. */
  remindedAt?: Date | null;
  /**
   * What the activity counts for in `activityMonthly` as of its last booking (types/activities/monthly.ts
   * activityFigures) and the booking's rev: a write replaces it only from the rev it read, then adds the
   * difference to the rows (cloudfunctions/_domain/rollups/activity-monthly.ts). Absent until first booked.
   */
  booked?: { figures: Partial<Record<string, number>>; rev: number } | null;
  /**
   * Until when one of the first check-ins is booking the activity as held (cloudfunctions/activities/actions/
   * check-in.ts): the crowd checking in at the start leaves it to that one. Absent until the first check-in.
   */
  heldBookingUntil?: Date;
  createdBy: { staffId: string; name: string };
  createdAt: Date;
  updatedAt: Date;
}

/**
 * `claiming` holds the person's place in line while their seat is taken: it makes a double tap (or two devices)
 * take one seat, not two.
 */
export type SignupStatus = 'claiming' | 'signed' | 'waitlisted' | 'cancelled';

/** The activity's counters a sign-up takes from: a seat, or a place on the waiting list. */
export type SeatCounter = 'remaining' | 'waitRemaining';

/** Collection `activitySignups`, _id = `<activityId>_<veteranId>`: one per person and activity. */
export interface SignupDoc {
  _id: string;
  activityId: string;
  veteranId: string;
  name: string;
  status: SignupStatus;
  /** When the person joined the line: the waiting list moves up in this order (then by _id). */
  queuedAt: Date;
  /** The token of the sign-up's latest claim (see ActivityDoc.seatClaims); absent on older sign-ups. */
  claimToken?: string | null;
  /**
   * A cancellation whose place has not been passed on yet (the call may have been killed): its release id,
   * when it began and what was freed. Cleared once the place went to the next in line or back to the activity.
   */
  releasing?: string | null;
  releasingAt?: Date | null;
  releasingFrom?: 'signed' | 'waitlisted' | null;
  /** Until when one call holds the release to complete it (activities/lib/release.ts); absent on older ones. */
  releaseLeaseUntil?: Date | null;
  /** The release whose seat this sign-up was promoted into from the waiting list. */
  promotedFrom?: string | null;
  checkedInAt: Date | null;
  /** Service time recorded by the organiser, in minutes; null until recorded (once per person and activity). */
  minutes: number | null;
  recordedBy: string | null;
  recordedAt: Date | null;
  /** Copied from the activity for the person's service record. */
  organiserOrgId: string;
  activityTitle: string;
  activityKind: ActivityKind;
  activityStartAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Collection `volunteerCertificates`, _id = the certificate number (unguessable). */
export interface CertificateDoc {
  _id: string;
  veteranId: string;
  name: string;
  idMasked: string;
  minutes: number;
  services: { title: string; date: string; minutes: number }[];
  /** The issuer's own records of training and awards, as of issue (absent on earlier certificates). */
  training?: { title: string; date: string; minutes: number }[];
  awards?: { title: string; date: string }[];
  issuerOrgId: string;
  /** The issuer's org path: staff over it may open the certificate (absent on early certificates). */
  issuerPath?: string[];
  issuerName: string;
  personInCharge: string;
  contact: string;
  issuedAt: Date;
}

/** What every sign-up id of an activity begins with: the id is this followed by the veteran's file id. */
export const signupIdPrefix = (activityId: string): string => `${activityId}_`;
export const signupId = (activityId: string, veteranId: string): string => signupIdPrefix(activityId) + veteranId;
