import { createHmac } from 'node:crypto';
import type { AuthzCase } from '../case';
import type { World } from '../world';
import { activityDetail, createActivity, listActivities } from '../../../../types/activities/manage';
import { cancelSignup, signUp } from '../../../../types/activities/signup';
import { checkIn, checkinCode, markAttendance } from '../../../../types/activities/checkin';
import { summarizeActivity, uploadActivityPhoto } from '../../../../types/activities/summary';
import { correctHours, hoursCorrections } from '../../../../types/activities/corrections';
import { myVolunteerProfile, registerVolunteer } from '../../../../types/activities/volunteers';
import {
  certificateDetail,
  issueCertificate,
  myServiceRecord,
  recordHours,
  verifyCertificate,
} from '../../../../types/activities/records';
import type { ActivityDoc, CertificateDoc, SignupDoc } from '../../../../types/activities/model';

/** A certificate of veteranA issued by street s-10, planted straight into the store. */
async function plantCertificate(w: World): Promise<string> {
  const veteran = await w.veteranOf('demo-veteran-1');
  const doc: CertificateDoc = {
    _id: `AUTHZCERT${String(++planted).padStart(7, '2')}`.slice(0, 16),
    veteranId: veteran._id,
    name: veteran.name,
    idMasked: '440402********1234',
    minutes: 120,
    services: [],
    issuerOrgId: 's-10',
    issuerPath: ['d-xz', 's-10'],
    issuerName: '南屏镇',
    personInCharge: '周街道',
    contact: '',
    issuedAt: new Date(),
  };
  w.cloud.db.importDocuments('volunteerCertificates', [doc as never]);
  return doc._id;
}

const HOUR = 3_600_000;
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SECRET = 'authz-checkin-secret';
let planted = 0;

/**
 * Plants an activity of street s-10 for 永济社区 (c-10-01, veteranA's community) straight into the store;
 * `startsInMs` from now (negative: already under way).
 */
function plantActivity(w: World, startsInMs = 48 * HOUR): ActivityDoc {
  const now = Date.now();
  const doc: ActivityDoc = {
    _id: `authz-activity-${++planted}`,
    kind: 'volunteer',
    title: '矩阵测试志愿服务',
    description: '',
    organiserOrgId: 's-10',
    organiserPath: ['d-xz', 's-10'],
    organiserName: '南屏镇',
    audienceOrgId: 'c-10-01',
    audiencePath: ['d-xz', 's-10', 'c-10-01'],
    place: '永济社区',
    startAt: new Date(now + startsInMs),
    endAt: new Date(now + startsInMs + 3 * HOUR),
    signupDeadline: new Date(now + startsInMs - HOUR),
    capacity: 10,
    waitlistCap: 5,
    remaining: 9,
    waitRemaining: 5,
    checkinSecret: SECRET,
    status: 'open',
    createdBy: { staffId: 'authz', name: '矩阵' },
    createdAt: new Date(now),
    updatedAt: new Date(now),
  };
  w.cloud.db.importDocuments('activities', [doc as never]);
  return doc;
}

/** Plants veteranA's sign-up of `activity`. */
async function plantSignup(w: World, activity: ActivityDoc, set: Partial<SignupDoc> = {}): Promise<SignupDoc> {
  const veteran = await w.veteranOf('demo-veteran-1');
  const doc: SignupDoc = {
    _id: `${activity._id}_${veteran._id}`,
    activityId: activity._id,
    veteranId: veteran._id,
    name: veteran.name,
    status: 'signed',
    queuedAt: new Date(),
    checkedInAt: null,
    minutes: null,
    recordedBy: null,
    recordedAt: null,
    organiserOrgId: activity.organiserOrgId,
    activityTitle: activity.title,
    activityKind: activity.kind,
    activityStartAt: activity.startAt,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...set,
  };
  w.cloud.db.importDocuments('activitySignups', [doc as never]);
  return doc;
}

/** The code on the organiser's phone now: HMAC-SHA256 of the 30-second window, six digits. */
function codeNow(secret: string): string {
  const digest = createHmac('sha256', secret)
    .update(String(Math.floor(Date.now() / 30_000)))
    .digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

const create = (organiserOrgId = 's-10', audienceOrgId = 'c-10-01') => {
  const start = Date.now() + 72 * HOUR;
  return {
    kind: 'volunteer',
    title: '党员义工巡查队巡查',
    organiserOrgId,
    audienceOrgId,
    place: '永济社区',
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 2 * HOUR).toISOString(),
    signupDeadline: new Date(start - 24 * HOUR).toISOString(),
    capacity: 20,
  };
};
const byId = (w: World) => ({ id: plantActivity(w)._id });
const byActivity = (w: World) => ({ activityId: plantActivity(w)._id });

export const cases: AuthzCase[] = [
  { contract: createActivity, as: 'anonymous', input: create(), expect: 'UNAUTHENTICATED' },
  { contract: createActivity, as: 'veteranA', input: create(), expect: 'FORBIDDEN' },
  { contract: createActivity, as: 'gridMemberB', input: create(), expect: 'FORBIDDEN', note: 'another street' },
  { contract: createActivity, as: 'streetB', input: create(), expect: 'FORBIDDEN', note: 'another street' },
  { contract: createActivity, as: 'recruitStaff', input: create(), expect: 'FORBIDDEN' },
  { contract: createActivity, as: 'streetA', input: create(), expect: 'ok' },
  { contract: createActivity, as: 'stationA', input: create('c-10-01', 'c-10-01'), expect: 'ok' },

  { contract: listActivities, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: listActivities, as: 'veteranA', input: {}, expect: 'ok' },
  { contract: listActivities, as: 'streetA', input: {}, expect: 'ok' },

  { contract: activityDetail, as: 'veteranB', input: byId, expect: 'NOT_FOUND', note: 'outside the audience' },
  { contract: activityDetail, as: 'gridMemberB', input: byId, expect: 'NOT_FOUND' },
  { contract: activityDetail, as: 'veteranA', input: byId, expect: 'ok' },
  { contract: activityDetail, as: 'streetA', input: byId, expect: 'ok' },

  { contract: signUp, as: 'veteranB', input: byActivity, expect: 'NOT_FOUND', note: 'outside the audience' },
  { contract: signUp, as: 'streetA', input: byActivity, expect: 'FORBIDDEN', note: 'organisers do not sign up' },
  { contract: signUp, as: 'veteranA', input: byActivity, expect: 'ok' },

  { contract: cancelSignup, as: 'veteranB', input: byActivity, expect: 'NOT_FOUND' },
  {
    contract: cancelSignup,
    as: 'veteranA',
    input: async (w) => {
      const a = plantActivity(w);
      await plantSignup(w, a);
      return { activityId: a._id };
    },
    expect: 'ok',
  },

  { contract: checkinCode, as: 'veteranA', input: byActivity, expect: 'NOT_FOUND', note: 'attendees never see it' },
  { contract: checkinCode, as: 'streetB', input: byActivity, expect: 'NOT_FOUND' },
  { contract: checkinCode, as: 'streetA', input: byActivity, expect: 'ok' },

  {
    contract: checkIn,
    as: 'veteranB',
    input: (w) => ({ activityId: plantActivity(w, 0)._id, code: codeNow(SECRET) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: checkIn,
    as: 'veteranA',
    input: async (w) => {
      const a = plantActivity(w, 0);
      await plantSignup(w, a);
      return { activityId: a._id, code: codeNow(SECRET) };
    },
    expect: 'ok',
  },

  {
    contract: markAttendance,
    as: 'veteranA',
    input: async (w) => {
      const a = plantActivity(w, 0);
      return { activityId: a._id, signupIds: [(await plantSignup(w, a))._id] };
    },
    expect: 'NOT_FOUND',
  },
  {
    contract: markAttendance,
    as: 'streetA',
    input: async (w) => {
      const a = plantActivity(w, 0);
      return { activityId: a._id, signupIds: [(await plantSignup(w, a))._id] };
    },
    expect: 'ok',
  },

  {
    contract: recordHours,
    as: 'gridMemberB',
    input: async (w) => {
      const a = plantActivity(w, -HOUR);
      const s = await plantSignup(w, a, { checkedInAt: new Date() });
      return { activityId: a._id, entries: [{ signupId: s._id, hours: 2 }] };
    },
    expect: 'NOT_FOUND',
  },
  {
    contract: recordHours,
    as: 'streetA',
    input: async (w) => {
      const a = plantActivity(w, -HOUR);
      const s = await plantSignup(w, a, { checkedInAt: new Date() });
      return { activityId: a._id, entries: [{ signupId: s._id, hours: 2 }] };
    },
    expect: 'ok',
  },

  { contract: myServiceRecord, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myServiceRecord, as: 'streetA', input: {}, expect: 'FORBIDDEN', note: 'no file of their own' },
  { contract: myServiceRecord, as: 'veteranA', input: {}, expect: 'ok' },

  {
    contract: issueCertificate,
    as: 'veteranA',
    input: async (w) => ({ veteranId: (await w.veteranOf('demo-veteran-1'))._id, issuerOrgId: 's-10' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: issueCertificate,
    as: 'streetB',
    input: async (w) => ({ veteranId: (await w.veteranOf('demo-veteran-1'))._id, issuerOrgId: 's-10' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: issueCertificate,
    as: 'streetA',
    input: async (w) => {
      const a = plantActivity(w, -2 * HOUR);
      const s = await plantSignup(w, a, { checkedInAt: new Date(), minutes: 120 });
      return { veteranId: s.veteranId, issuerOrgId: 's-10' };
    },
    expect: 'ok',
  },

  { contract: verifyCertificate, as: 'veteranB', input: { number: 'ABCDEFGHJKLMNPQR' }, expect: 'NOT_FOUND' },
  {
    contract: verifyCertificate,
    as: 'veteranB',
    input: (w) => {
      const doc: CertificateDoc = {
        _id: 'AUTHZ2345CERTNUM',
        veteranId: 'v-00001',
        name: '张建国',
        idMasked: '440402********1234',
        minutes: 120,
        services: [],
        issuerOrgId: 's-10',
        issuerName: '南屏镇',
        personInCharge: '周街道',
        contact: '',
        issuedAt: new Date(),
      };
      w.cloud.db.importDocuments('volunteerCertificates', [doc as never]);
      return { number: doc._id };
    },
    expect: 'ok',
  },

  // The full certificate: its volunteer and staff over the issuer; anyone else is told it does not exist.
  { contract: certificateDetail, as: 'anonymous', input: { number: 'ABCDEFGHJKLMNPQR' }, expect: 'UNAUTHENTICATED' },
  {
    contract: certificateDetail,
    as: 'veteranA',
    input: async (w) => ({ number: await plantCertificate(w) }),
    expect: 'ok',
  },
  {
    contract: certificateDetail,
    as: 'streetA',
    input: async (w) => ({ number: await plantCertificate(w) }),
    expect: 'ok',
  },
  {
    contract: certificateDetail,
    as: 'veteranB',
    input: async (w) => ({ number: await plantCertificate(w) }),
    expect: 'NOT_FOUND',
  },
  {
    contract: certificateDetail,
    as: 'streetB',
    input: async (w) => ({ number: await plantCertificate(w) }),
    expect: 'NOT_FOUND',
  },

  // The summary: the organiser only, once the activity has begun.
  {
    contract: summarizeActivity,
    as: 'veteranA',
    input: (w) => ({ activityId: plantActivity(w, -HOUR)._id, text: '巡查了三栋楼。' }),
    expect: 'NOT_FOUND',
  },
  {
    contract: summarizeActivity,
    as: 'streetB',
    input: (w) => ({ activityId: plantActivity(w, -HOUR)._id, text: '巡查了三栋楼。' }),
    expect: 'NOT_FOUND',
  },
  {
    contract: summarizeActivity,
    as: 'streetA',
    input: (w) => ({ activityId: plantActivity(w, -HOUR)._id, text: '巡查了三栋楼。' }),
    expect: 'ok',
  },

  // Summary photos (PRODUCT.md: the organiser adds photos and a summary): the organising node's staff only; an
  // attendee or another street hears the activity does not exist.
  ...(
    [
      ['anonymous', 'UNAUTHENTICATED'],
      ['veteranA', 'NOT_FOUND'],
      ['gridMemberA', 'NOT_FOUND'],
      ['streetB', 'NOT_FOUND'],
      ['streetA', 'ok'],
    ] as const
  ).map(([as, expect]) => ({
    contract: uploadActivityPhoto,
    as,
    input: (w: World) => ({ activityId: plantActivity(w, -HOUR)._id, contentType: 'image/png', dataBase64: PNG_1PX }),
    expect,
  })),

  // Correcting recorded hours (with its record): the organiser only.
  ...(['veteranA', 'streetB'] as const).map((as) => ({
    contract: correctHours,
    as,
    input: async (w: World) => {
      const a = plantActivity(w, -HOUR);
      const s = await plantSignup(w, a, { checkedInAt: new Date(), minutes: 120 });
      return { activityId: a._id, signupId: s._id, hours: 3, reason: '少登记了1小时' };
    },
    expect: 'NOT_FOUND' as const,
  })),
  {
    contract: correctHours,
    as: 'streetA',
    input: async (w) => {
      const a = plantActivity(w, -HOUR);
      const s = await plantSignup(w, a, { checkedInAt: new Date(), minutes: 120 });
      return { activityId: a._id, signupId: s._id, hours: 3, reason: '少登记了1小时' };
    },
    expect: 'ok',
  },
  { contract: hoursCorrections, as: 'veteranA', input: byActivity, expect: 'NOT_FOUND' },
  { contract: hoursCorrections, as: 'streetB', input: byActivity, expect: 'NOT_FOUND' },
  { contract: hoursCorrections, as: 'streetA', input: byActivity, expect: 'ok' },

  // Registering as a volunteer: a veteran for themselves, in an area of their own path.
  {
    contract: registerVolunteer,
    as: 'anonymous',
    input: { availability: ['weekend'], skills: ['patrol'], areaOrgId: 's-10' },
    expect: 'UNAUTHENTICATED',
  },
  {
    contract: registerVolunteer,
    as: 'streetA',
    input: { availability: ['weekend'], skills: ['patrol'], areaOrgId: 's-10' },
    expect: 'FORBIDDEN',
    note: 'no file of their own',
  },
  {
    contract: registerVolunteer,
    as: 'veteranA',
    input: { availability: ['weekend'], skills: ['patrol'], areaOrgId: 's-10' },
    expect: 'ok',
  },
  { contract: myVolunteerProfile, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myVolunteerProfile, as: 'streetA', input: {}, expect: 'FORBIDDEN' },
  { contract: myVolunteerProfile, as: 'veteranA', input: {}, expect: 'ok' },
];
