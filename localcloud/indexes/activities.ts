import type { CollectionIndexes } from '../db/types';

/** Volunteer activities, sign-ups, volunteers, hours and certificates (function `activities`). */
export const activitiesIndexes: CollectionIndexes = {
  /** Activities: a veteran's list by audience node, an organiser's by its node, soonest first. */
  activities: [
    {
      name: 'audience_start',
      keys: [
        ['audienceOrgId', 1],
        ['startAt', 1],
      ],
    },
    {
      name: 'organiser_start',
      keys: [
        ['organiserOrgId', 1],
        ['startAt', 1],
      ],
    },
    // The activity cards of a group's timeline, by audience path (cloudfunctions/groups/timeline/activity-cards).
    {
      name: 'audience_card',
      keys: [
        ['audienceOrgId', 1],
        ['cardKey', -1],
      ],
    },
    {
      name: 'audience_rev',
      keys: [
        ['audienceOrgId', 1],
        ['rev', 1],
      ],
    },
    // The rollups rebuild: a street's activities (cloudfunctions/_domain/rollups/activity-monthly-rebuild.ts).
    { name: 'organiser_street', keys: [['organiserPath.1', 1]] },
    // The reminder timer's due activities (cloudfunctions/activities/actions/remind-activities).
    {
      name: 'reminder_due',
      keys: [
        ['status', 1],
        ['remindedAt', 1],
        ['startAt', 1],
      ],
    },
    // Activities where a seat came free, for the timer (cloudfunctions/activities/lib/fill.ts).
    { name: 'seats_freed', keys: [['seatsFreedAt', 1]] },
  ],
  /** _id = `<activityId>_<veteranId>`. The roster and the waiting list in line order; a person's service record. */
  activitySignups: [
    {
      name: 'activity_line',
      keys: [
        ['activityId', 1],
        ['status', 1],
        ['queuedAt', 1],
      ],
    },
    // Claims left by a call that died, oldest first (cloudfunctions/activities/actions/settle-signup-claims).
    {
      name: 'status_updated',
      keys: [
        ['status', 1],
        ['updatedAt', 1],
      ],
    },
    /** Cancellations whose place a killed call never passed on (the timer settleSignupClaims, lib/release.ts). */
    { name: 'releasing', keys: [['releasingAt', 1]] },
    {
      name: 'veteran_services',
      keys: [
        ['veteranId', 1],
        ['activityStartAt', -1],
      ],
    },
  ],
  /** Volunteer teams (types/activities/teams.ts): a node's by name; those under a node (the staff's list). */
  volunteerTeams: [
    {
      name: 'org_name',
      keys: [
        ['orgId', 1],
        ['name', 1],
      ],
    },
    { name: 'district', keys: [['orgPath.0', 1]] },
    { name: 'street', keys: [['orgPath.1', 1]] },
    { name: 'community', keys: [['orgPath.2', 1]] },
  ],
  /** _id = `<teamId>_<veteranId>`: a team's members and waiting requests in order; a person's teams. */
  teamMembers: [
    {
      name: 'team_status',
      keys: [
        ['teamId', 1],
        ['status', 1],
        ['requestedAt', 1],
      ],
    },
    {
      name: 'veteran',
      keys: [
        ['veteranId', 1],
        ['status', 1],
      ],
    },
  ],
  /** _id = the veteran's id. The volunteers living under a node, newest first: the staff's 志愿者名册 and its export. */
  volunteers: [
    ...(['district', 'street', 'community', 'grid'] as const).map((name, depth) => ({
      name,
      keys: [
        [`orgPath.${depth}`, 1],
        ['registeredAt', -1],
      ] as [string, 1 | -1][],
    })),
  ],
  /**
   * _id = `${orgId}:${year}`. The dashboard's activity figures (types/activities/monthly.ts): a node's
   * children's rows and its own, by year; the rebuild's rows under a street.
   */
  activityMonthly: [
    {
      name: 'parent_year',
      keys: [
        ['parentId', 1],
        ['year', 1],
      ],
    },
    {
      name: 'org_year',
      keys: [
        ['orgId', 1],
        ['year', 1],
      ],
    },
    { name: 'street', keys: [['orgPath.1', 1]] },
  ],
  /** Corrections of recorded hours, append-only; an activity's, newest first. */
  hoursCorrections: [
    {
      name: 'activity_at',
      keys: [
        ['activityId', 1],
        ['at', -1],
      ],
    },
  ],
  /** Training and awards of a volunteer (record page: newest first; certificate: the issuer's). */
  volunteerHonours: [
    {
      name: 'veteran_date',
      keys: [
        ['veteranId', 1],
        ['date', -1],
      ],
    },
  ],
  /** _id = the certificate number. A volunteer's own certificates, newest first. */
  volunteerCertificates: [
    {
      name: 'veteran_issued',
      keys: [
        ['veteranId', 1],
        ['issuedAt', -1],
      ],
    },
  ],
};
