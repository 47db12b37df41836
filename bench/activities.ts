/**
 * Activities benchmark (issue 15): the full demo district loaded straight into the local cloud's store, 2,500
 * unbound veterans bound to accounts before loading (with the rate counter their registration, a counted call,
 * would have left), then measured through the gateway (POST /gateway/call,
 * as the H5 app calls), running the BUILT functions, on a clock that runs in real time (so check-in codes expire):
 *   signup       2,000 distinct veterans, 50 concurrent callers, for 100 places and a 200-place waiting list;
 *                what was taken is counted from the store afterwards
 *   checkin      500 signed-up attendees checking in from 20 concurrent callers at the activity's start by scanning
 *                the QR code the organiser's phone shows (checkInByScan; one phone: it shows the next code when one
 *                expires), as on WeChat
 *   checkin_typed  the same on another activity, typing the six digits (checkIn: H5, or a camera that cannot read
 *                the QR code), which costs a typed-code try (one more write); run before the scanned phase
 *   record_page  myServiceRecord of volunteers with 200 recorded services each, 1,000 calls on random volunteers
 * Before the burst, the 500 attendees sign up for an activity of the same shape, not measured: the function
 * instances have started and loaded the bundle, as a district's are when a popular activity opens.
 * Besides latencies, each phase reports what the machine's load does not inflate: the database round trips per call
 * (counted by the local cloud for the call's request) and the CPU time of this process per call (the callers, the
 * local cloud's thread with the gateway and the database, and the function instances' threads with the SDK), and
 * how busy the local cloud's thread was (the callers run on it too): a closed loop of N callers waits about N times
 * what a call costs the busiest thread. And each phase's CPU floor: the mean latency no code with that CPU per call
 * can beat on this machine, N callers x CPU per call / cores (a closed loop's throughput is at most cores / CPU
 * per call, and N = throughput x mean latency; one call's CPU is spread over threads, the SDK's and the local
 * cloud's). A mean near its floor means the phase measures the machine's throughput: only less CPU per call
 * lowers it.
 * Run: npm run bench -- activities   (writes bench/results/activities.json)
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, DEFAULT_FUNCTIONS_DIR, REPO_ROOT, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { generateDemoDistrict } from '../seed/demo-district';
import { SEEDED_COLLECTIONS } from '../seed/load';
import { DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import type { RateCounterDoc } from '../cloudfunctions/_kernel/rate-limit';
import { RATE_LIMITS, rateWindowOf } from '../types/common/rate-limits';
import type { SignupDoc } from '../types/activities/model';
import { figures, machineNote, writeResults } from './support/figures';
import { postJson } from './support/post-json';
import { BENCH_DISTRICT, checkCounts, SMOKE_CALLS, sized } from './support/smoke';

const NOW = new Date('2026-03-02T02:00:00Z');
const HOUR = 3_600_000;
// A smoke run (bench/support/smoke.ts) keeps the shape: more people than places and waiting places, several callers.
const SIGNUPS = sized(2_000, 60);
const SIGNUP_CALLERS = sized(50, 10);
const CAPACITY = sized(100, 10);
const WAITLIST = sized(200, 20);
const ATTENDEES = sized(500, 30);
const CHECKIN_CALLERS = sized(20, 5);
const VOLUNTEERS = sized(10, 3);
const SERVICES = sized(200, 20);
const RECORD_CALLS = sized(1_000, SMOKE_CALLS);
const ORGANISER = 'demo-district-admin';
const FULL = '名额已满';
const CORES = os.availableParallelism?.() ?? os.cpus().length;

let seed = 5;
const rand = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];

interface Answer {
  ok: boolean;
  data?: any;
  error?: { code: string; message: string; field?: string };
}

/** The request ids of the gateway calls made since the phase began (the local cloud's request log keys). */
let phaseRequests: string[] = [];

async function gateway(lc: LocalCloud, openid: string, action: string, input: object): Promise<Answer> {
  const res = await postJson(
    `${lc.url}/gateway/call`,
    { 'X-WX-OPENID': openid },
    { fn: 'activities', data: { action, input } },
  );
  const requestId = res.headers['x-request-id'];
  if (typeof requestId === 'string') phaseRequests.push(requestId);
  const body = res.body as { result?: Answer };
  return body.result ?? { ok: false, error: { code: 'GATEWAY', message: JSON.stringify(body) } };
}

async function ok(lc: LocalCloud, openid: string, action: string, input: object): Promise<any> {
  const res = await gateway(lc, openid, action, input);
  if (!res.ok) throw new Error(`activities.${action} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

/** Runs `work` over `items` from `callers` concurrent callers; returns each call's latency. */
async function burst<T>(items: T[], callers: number, work: (item: T) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const caller = async () => {
    while (next < items.length) {
      const item = items[next++];
      const t = performance.now();
      await work(item);
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  return times;
}

/**
 * Runs one measured phase from `callers` callers and adds its load-independent figures: database round trips and
 * CPU ms per call, how busy the local cloud's own thread was (event-loop utilisation: near 1, every call queued
 * for it), and the CPU floor of the mean latency (see the top of this file).
 */
async function phase(
  lc: LocalCloud,
  callers: number,
  run: () => Promise<number[]>,
): Promise<{ times: number[]; meanMs: number; dbCalls: number; cpuMs: number; busy: number; floorMs: number }> {
  phaseRequests = [];
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  const times = await run();
  const used = process.cpuUsage(cpu);
  const busy = Number(performance.eventLoopUtilization(loop).utilization.toFixed(2));
  const byId = new Map(lc.requests().map((r) => [r.requestId, r.dbCalls]));
  const counted = phaseRequests.map((id) => byId.get(id)).filter((n): n is number => n !== undefined);
  const mean = (n: number, d: number) => Number((n / Math.max(1, d)).toFixed(2));
  return {
    times,
    meanMs: mean(
      times.reduce((a, b) => a + b, 0),
      times.length,
    ),
    dbCalls: mean(
      counted.reduce((a, b) => a + b, 0),
      counted.length,
    ),
    cpuMs: mean((used.user + used.system) / 1000, times.length),
    busy,
    floorMs: mean((callers / CORES) * ((used.user + used.system) / 1000), times.length),
  };
}

function browse<T>(lc: LocalCloud, collection: string, filter: object): T[] {
  return lc.db.browse(collection, JSON.stringify(filter), 0, 1_000_000).docs as T[];
}

/**
 * Loads the full demo district into the local cloud with 2,500 more veterans bound, and returns who they are.
 * Its own function so that the generated district (some 85,000 documents as objects) can be collected once it
 * is in the store: kept alive, every full collection of the benchmark's thread (the local cloud's) would mark
 * it, stopping every call in flight for about 100 ms.
 */
interface Loaded {
  bound: { openid: string; veteranId: string }[];
  /** Veterans with a sign-up in the demo data (the record page's volunteers are others). */
  served: Set<string>;
  /** Streets and communities: the record page's services are organised by them. */
  organisers: string[];
  veterans: number;
  loadMs: number;
}

function loadDistrict(lc: LocalCloud): Loaded {
  const started = performance.now();
  const { demoPeople: _people, ...district } = generateDemoDistrict(BENCH_DISTRICT, { piiKey: DEV_PII_KEY, now: NOW });

  // Bind 2,500 unbound veterans, as registration would (no street of the full district has that many unbound, so the
  // activities are for the whole district). Registering is itself a counted call (account.register), so each also
  // has the rate counter their registration left, a week before: their sign-ups are not their first counted calls.
  const free = district.veterans.filter((v) => !v.openid && v.lifeStatus === 'in_district');
  const need = SIGNUPS + ATTENDEES;
  if (free.length < need) throw new Error(`only ${free.length} unbound veterans in the district`);
  const bound = free.slice(0, need).map((v, i) => {
    v.openid = `bench-act-${i}`;
    district.accounts.push({
      _id: v.openid,
      veteranId: v._id,
      staffIds: [],
      supervisorIds: [],
      registrationId: null,
      createdAt: NOW,
    });
    return { openid: v.openid, veteranId: v._id };
  });
  const registeredIn = rateWindowOf(RATE_LIMITS.registration, new Date(NOW.getTime() - 7 * 24 * HOUR)).start;
  const counters: RateCounterDoc[] = bound.map(({ openid }) => ({
    _id: openid,
    openid,
    recent: { registration: [registeredIn.getTime()] },
  }));
  for (const name of SEEDED_COLLECTIONS) lc.db.importDocuments(name, district[name] as never[]);
  lc.db.importDocuments('rateCounters', counters as never[]);
  const loadMs = performance.now() - started;
  process.stdout.write(
    `loaded the ${BENCH_DISTRICT} district (${district.veterans.length} veterans, ${need} bound) in ${(loadMs / 1000).toFixed(1)} s\n`,
  );

  return {
    bound,
    served: new Set(district.activitySignups.map((s) => s.veteranId)),
    organisers: district.orgs.filter((o) => o.kind === 'street' || o.kind === 'community').map((o) => o._id),
    veterans: district.veterans.length,
    loadMs,
  };
}

async function main(): Promise<void> {
  const machine = machineNote();
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  // A clock running in real time from NOW; `shift` moves it (to an activity's start) and keeps it running.
  let offset = NOW.getTime() - Date.now();
  const shift = (to: Date) => {
    offset = to.getTime() - Date.now();
  };
  const lc = await startLocalCloud({
    memory: true,
    enableTriggers: false,
    clock: () => new Date(Date.now() + offset),
  });
  const { bound, served, organisers, veterans, loadMs } = loadDistrict(lc);
  const audience = 'd-xz';

  const start = new Date(NOW.getTime() + 48 * HOUR);
  const activity = async (title: string, capacity: number, waitlistCap: number): Promise<string> =>
    (
      await ok(lc, ORGANISER, 'createActivity', {
        kind: 'volunteer',
        title,
        description: '无物业小区夜间巡查，注意防滑',
        organiserOrgId: 'd-xz',
        audienceOrgId: audience,
        place: '社区党群服务中心门口',
        startAt: start.toISOString(),
        endAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
        signupDeadline: new Date(start.getTime() - 12 * HOUR).toISOString(),
        capacity,
        waitlistCap,
      })
    ).id;

  // Warm-up, not measured: the attendees of the check-in phase sign up for another activity of the same shape,
  // so the function instances (threads) have started and loaded the bundle, as a district's instances are warm
  // when a popular activity opens.
  const warmId = await activity('预热活动（不计时）', CAPACITY, WAITLIST);
  await burst(bound.slice(SIGNUPS), SIGNUP_CALLERS, async ({ openid }) => {
    await gateway(lc, openid, 'signUp', { activityId: warmId });
  });

  // Sign-up burst.
  const burstId = await activity('党员义工巡查队 周末巡查', CAPACITY, WAITLIST);
  const answers = { signed: 0, waitlisted: 0, full: 0, other: [] as string[] };
  // Each answer's latency by what it answered: the calls that take a waiting place make the most round trips.
  const byOutcome: Record<'signed' | 'waitlisted' | 'full', number[]> = { signed: [], waitlisted: [], full: [] };
  const signupPhase = await phase(lc, SIGNUP_CALLERS, () =>
    burst(bound.slice(0, SIGNUPS), SIGNUP_CALLERS, async ({ openid }) => {
      const t = performance.now();
      const res = await gateway(lc, openid, 'signUp', { activityId: burstId });
      const took = performance.now() - t;
      if (res.ok && res.data.status === 'signed') {
        answers.signed += 1;
        byOutcome.signed.push(took);
      } else if (res.ok && res.data.status === 'waitlisted' && res.data.position >= 1) {
        answers.waitlisted += 1;
        byOutcome.waitlisted.push(took);
      } else if (!res.ok && res.error?.message.includes(FULL)) {
        answers.full += 1;
        byOutcome.full.push(took);
      } else answers.other.push(JSON.stringify(res.ok ? res.data : res.error));
    }),
  );
  const signup = figures(signupPhase.times);
  const line = browse<SignupDoc>(lc, 'activitySignups', { activityId: burstId });
  const signedUp = line.filter((s) => s.status === 'signed').length;
  const waitlisted = line.filter((s) => s.status === 'waitlisted').length;
  const [burstDoc] = browse<{ remaining: number; waitRemaining: number }>(lc, 'activities', { _id: burstId });
  const oversubscribed =
    Math.max(0, signedUp - CAPACITY) +
    Math.max(0, waitlisted - WAITLIST) +
    Math.max(0, -burstDoc.remaining) +
    Math.max(0, -burstDoc.waitRemaining);
  process.stdout.write(
    `  signup: ${signup.calls} calls (${answers.signed} signed, ${answers.waitlisted} waitlisted, ${answers.full} told ${FULL}, ${answers.other.length} other)\n`,
  );
  process.stdout.write(
    `  signup by answer: ${Object.entries(byOutcome)
      .map(([k, v]) => {
        const f = figures(v);
        return `${k} ${f.calls} calls p50 ${f.p50} / p95 ${f.p95} ms`;
      })
      .join('; ')}\n`,
  );
  if (answers.other.length) process.stdout.write(`  other answers, e.g. ${answers.other.slice(0, 3).join(' | ')}\n`);

  // Check-in: two activities of 500 places, the same 500 attendees signed up for both (by the function), then at
  // their start 500 check-ins each: first typing the six digits (H5, or a camera that cannot read), then scanning
  // the QR code (WeChat, the usual way: `checkin`, the issue's figure). The typed phase runs first, so its first
  // calls run the check-in on an instance that has not run it yet; the scanned phase runs after it.
  const attendees = bound.slice(SIGNUPS);
  const typedId = await activity('社区宣传活动 输入签到码', ATTENDEES, 0);
  const dayId = await activity('社区宣传活动 扫码签到', ATTENDEES, 0);
  for (const id of [typedId, dayId])
    await burst(attendees, CHECKIN_CALLERS, async ({ openid }) => {
      await ok(lc, openid, 'signUp', { activityId: id });
    });
  shift(start);
  let refreshes = 0;
  /**
   * The organiser's phone: it shows the code and its QR code and shows the next ones when they expire (one
   * refresh at a time, as one phone does); an attendee whose code or token was refused as expired takes the new one.
   */
  const organiserPhone = async (activityId: string) => {
    const showCode = async () => {
      const shown = await ok(lc, ORGANISER, 'checkinCode', { activityId });
      refreshes += 1;
      return { code: shown.code as string, token: shown.scanToken as string, expiresAt: Date.parse(shown.expiresAt) };
    };
    let shown = await showCode();
    let refreshing: Promise<void> | null = null;
    return async (rejected?: string): Promise<{ code: string; token: string }> => {
      if (shown.code === rejected || shown.token === rejected || lc.clock.now().getTime() >= shown.expiresAt) {
        refreshing ??= showCode().then((next) => {
          shown = next;
          refreshing = null;
        });
        await refreshing;
      }
      return shown;
    };
  };
  const checkinFailures: string[] = [];
  /** 500 check-ins from 20 callers: `proof` picks what the attendee sends (the digits or the token). */
  const checkInPhase = async (activityId: string, action: 'checkIn' | 'checkInByScan') => {
    const phone = await organiserPhone(activityId);
    const field = action === 'checkIn' ? 'code' : 'token';
    return phase(lc, CHECKIN_CALLERS, () =>
      burst(attendees, CHECKIN_CALLERS, async ({ openid }) => {
        const sent = (await phone())[field];
        let res = await gateway(lc, openid, action, { activityId, [field]: sent });
        if (!res.ok && res.error?.field === field)
          res = await gateway(lc, openid, action, { activityId, [field]: (await phone(sent))[field] });
        if (!res.ok) checkinFailures.push(JSON.stringify(res.error));
      }),
    );
  };
  const checkedInAt = (activityId: string) =>
    browse<SignupDoc>(lc, 'activitySignups', { activityId, status: 'signed' }).filter((s) => s.checkedInAt).length;
  const typedPhase = await checkInPhase(typedId, 'checkIn');
  const typed = figures(typedPhase.times);
  const checkinPhase = await checkInPhase(dayId, 'checkInByScan');
  const checkin = figures(checkinPhase.times);
  const typedCheckedIn = checkedInAt(typedId);
  const checkedIn = checkedInAt(dayId);
  process.stdout.write(
    `  checkin: ${typed.calls} typed and ${checkin.calls} scanned calls, code shown ${refreshes} times, ${checkinFailures.length} refused${checkinFailures.length ? ` e.g. ${checkinFailures[0]}` : ''}\n`,
  );

  // Record page: volunteers with 200 recorded services each, planted straight into the store.
  // Not among the demo's own volunteers (seed/build-volunteering.ts): theirs would add to the 200.
  const volunteers = bound.filter((v) => !served.has(v.veteranId)).slice(0, VOLUNTEERS);
  const planted: SignupDoc[] = [];
  for (const [k, v] of volunteers.entries())
    for (let i = 0; i < SERVICES; i += 1) {
      const at = new Date(NOW.getTime() - Math.floor(rand() * 3 * 365 * 24) * HOUR);
      planted.push({
        _id: `bench-service-${k}-${i}_${v.veteranId}`,
        activityId: `bench-service-${k}-${i}`,
        veteranId: v.veteranId,
        name: '志愿者',
        status: 'signed',
        queuedAt: at,
        checkedInAt: at,
        minutes: 30 * (1 + Math.floor(rand() * 8)),
        recordedBy: 'bench',
        recordedAt: at,
        organiserOrgId: pick(organisers),
        activityTitle: `志愿服务 ${i}`,
        activityKind: 'volunteer',
        activityStartAt: at,
        createdAt: at,
        updatedAt: at,
      });
    }
  lc.db.importDocuments('activitySignups', planted as never[]);
  const sample = await ok(lc, volunteers[0].openid, 'myServiceRecord', {});
  if (sample.items.length !== SERVICES) throw new Error(`expected ${SERVICES} services, got ${sample.items.length}`);
  for (let i = 0; i < 20; i += 1) await ok(lc, pick(volunteers).openid, 'myServiceRecord', {}); // warm-up
  const recordPhase = await phase(lc, 1, () =>
    burst(
      Array.from({ length: RECORD_CALLS }, () => pick(volunteers).openid),
      1,
      async (openid) => {
        await ok(lc, openid, 'myServiceRecord', {});
      },
    ),
  );
  const record = figures(recordPhase.times);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await lc.close();

  const results = {
    signup_p50_ms: signup.p50,
    signup_p95_ms: signup.p95,
    signup_calls: signup.calls,
    signup_db_calls_per_call: signupPhase.dbCalls,
    signup_cpu_ms_per_call: signupPhase.cpuMs,
    signup_local_cloud_thread_busy: signupPhase.busy,
    signup_mean_ms: signupPhase.meanMs,
    signup_cpu_floor_ms: signupPhase.floorMs,
    signed_up: signedUp,
    waitlisted,
    oversubscribed,
    lost_signups: answers.other.length,
    told_full: answers.full,
    checkin_p50_ms: checkin.p50,
    checkin_p95_ms: checkin.p95,
    checkin_calls: checkin.calls,
    checkin_db_calls_per_call: checkinPhase.dbCalls,
    checkin_cpu_ms_per_call: checkinPhase.cpuMs,
    checkin_local_cloud_thread_busy: checkinPhase.busy,
    checkin_mean_ms: checkinPhase.meanMs,
    checkin_cpu_floor_ms: checkinPhase.floorMs,
    checked_in: checkedIn,
    checkin_typed_p50_ms: typed.p50,
    checkin_typed_p95_ms: typed.p95,
    checkin_typed_calls: typed.calls,
    checkin_typed_db_calls_per_call: typedPhase.dbCalls,
    checkin_typed_cpu_ms_per_call: typedPhase.cpuMs,
    checkin_typed_local_cloud_thread_busy: typedPhase.busy,
    checkin_typed_mean_ms: typedPhase.meanMs,
    checkin_typed_cpu_floor_ms: typedPhase.floorMs,
    checked_in_typed: typedCheckedIn,
    checkin_code_shown: refreshes,
    record_page_p50_ms: record.p50,
    record_page_p95_ms: record.p95,
    record_page_calls: record.calls,
    record_page_db_calls_per_call: recordPhase.dbCalls,
    record_page_cpu_ms_per_call: recordPhase.cpuMs,
    record_page_local_cloud_thread_busy: recordPhase.busy,
    record_page_mean_ms: recordPhase.meanMs,
    record_page_cpu_floor_ms: recordPhase.floorMs,
    record_page_services: sample.items.length,
    veterans,
    load_ms: Math.round(loadMs),
    rss_mb: Number(rssMb.toFixed(1)),
    machine: machine.text,
  };
  console.table([
    {
      op: `sign-up burst (${SIGNUPS} people, ${SIGNUP_CALLERS} callers)`,
      p50_ms: signup.p50,
      p95_ms: signup.p95,
      calls: signup.calls,
      db_calls: signupPhase.dbCalls,
      cpu_ms: signupPhase.cpuMs,
      busy: signupPhase.busy,
      mean_ms: signupPhase.meanMs,
      floor_ms: signupPhase.floorMs,
      target: 'p95 <= 200 ms',
    },
    {
      op: `check-in typed (${ATTENDEES} attendees, ${CHECKIN_CALLERS} callers)`,
      p50_ms: typed.p50,
      p95_ms: typed.p95,
      calls: typed.calls,
      db_calls: typedPhase.dbCalls,
      cpu_ms: typedPhase.cpuMs,
      busy: typedPhase.busy,
      mean_ms: typedPhase.meanMs,
      floor_ms: typedPhase.floorMs,
      target: 'H5 and fallback',
    },
    {
      op: `check-in scanned (${ATTENDEES} attendees, ${CHECKIN_CALLERS} callers)`,
      p50_ms: checkin.p50,
      p95_ms: checkin.p95,
      calls: checkin.calls,
      db_calls: checkinPhase.dbCalls,
      cpu_ms: checkinPhase.cpuMs,
      busy: checkinPhase.busy,
      mean_ms: checkinPhase.meanMs,
      floor_ms: checkinPhase.floorMs,
      target: 'p95 <= 50 ms',
    },
    {
      op: `service record page (${SERVICES} services)`,
      p50_ms: record.p50,
      p95_ms: record.p95,
      calls: record.calls,
      db_calls: recordPhase.dbCalls,
      cpu_ms: recordPhase.cpuMs,
      busy: recordPhase.busy,
      mean_ms: recordPhase.meanMs,
      floor_ms: recordPhase.floorMs,
      target: 'p95 <= 50 ms',
    },
  ]);
  console.table({
    signed_up: `${signedUp} (target ${CAPACITY})`,
    waitlisted: `${waitlisted} (target ${WAITLIST})`,
    oversubscribed: `${oversubscribed} (target 0)`,
    lost_signups: `${answers.other.length} (target 0)`,
    checked_in: `${checkedIn} (target ${ATTENDEES})`,
    checked_in_typed: `${typedCheckedIn} (target ${ATTENDEES})`,
  });
  process.stdout.write(
    `machine: ${machine.text}${machine.quiet ? '' : '; other work was running, latencies are inflated'}\n`,
  );
  writeResults('activities', results);
  checkCounts({
    signed_up: [signedUp, CAPACITY],
    waitlisted: [waitlisted, WAITLIST],
    oversubscribed: [oversubscribed, 0],
    lost_signups: [answers.other.length, 0],
    told_full: [answers.full, SIGNUPS - CAPACITY - WAITLIST],
    checked_in: [checkedIn, ATTENDEES],
    checked_in_typed: [typedCheckedIn, ATTENDEES],
    checkin_refused: [checkinFailures.length, 0],
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
