/**
 * Fidelity benchmark: the two jobs that broke under WeChat Cloud's rules, run with CloudBase-like latency
 * injected by the local cloud (database 30 ms, openapi 150 ms a call):
 *   sweep   the new-notice reminder sweep for a district notice with 20,000 subscribers, fired as the
 *           timer would fire it (back to back here) until the notice is done; each run within the notices
 *           function's own timeout (config.json). Target: within 10 timer runs (10 minutes), nobody twice.
 *   visit   200 visit logs at once in one street-month (the tiny demo district's 南屏镇), 5 waves
 *           (1,000 samples): conflicts, latency, and whether the month's rows equal the visits.
 * Run: npm run bench -- fidelity   (writes bench/results/fidelity.json)
 */
import path from 'node:path';
import { EJSON } from 'bson';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { seedIfEmpty } from '../scripts/seed-local';
import { templateIdOf } from '../types/notify/templates';
import { monthOf, type CareMonthlyDoc } from '../types/care/monthly';
import { figures, writeResults } from './support/figures';
import { checkCounts, sized } from './support/smoke';

const NOW = new Date('2025-06-15T02:00:00Z');
const LATENCY = { db: 30, openapi: 150 };
const SUBSCRIBERS = sized(20_000, 300);
const VISITS_AT_ONCE = sized(200, 20);
const WAVES = sized(5, 2);
const STREET = 's-10';
const STREET_ADMIN = 'demo-street-admin-s-10';

function loadSweepWorld(lc: LocalCloud): string {
  const template = templateIdOf('notice', true);
  const veterans: Record<string, unknown>[] = [];
  const subscriptions: Record<string, unknown>[] = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const openid = `o-bench-${String(i).padStart(6, '0')}`;
    const street = `bs-${i % 10}`;
    const community = `${street}-c${i % 13}`;
    veterans.push({
      _id: `bv-${String(i).padStart(6, '0')}`,
      orgPath: ['bd', street, community, `${community}-g${i % 5}`],
      lifeStatus: 'in_district',
      openid,
    });
    subscriptions.push({ _id: `${openid}__notice`, openid, key: 'notice', remaining: 1, updatedAt: NOW });
    lc.requestSubscribeMessage(openid, { [template]: 'accept' });
  }
  lc.db.importDocuments('veterans', veterans);
  lc.db.importDocuments('subscriptions', subscriptions);
  const id = `${NOW.getTime()}benchfid`;
  lc.db.importDocuments('notices', [
    {
      _id: id,
      title: '关于开展退役军人春节走访慰问的通知',
      body: '……',
      category: '走访慰问',
      imageFileIds: [],
      publisherOpenid: 'o-bench-publisher',
      publisherName: '区退役军人事务局',
      publisherLabel: '区退役军人事务局',
      scopeOrgId: 'bd',
      scopePath: ['bd'],
      scopeKind: 'district',
      scopeName: '香洲区',
      expiresAt: new Date(NOW.getTime() + 30 * 86_400_000),
      requireAck: false,
      status: 'published',
      revision: 1,
      editedAt: null,
      notifyState: 'pending',
      createdAt: NOW,
      rev: id,
    },
  ]);
  return id;
}

async function sweep(lc: LocalCloud, noticeId: string) {
  const started = performance.now();
  let runs = 0;
  let longestRunMs = 0;
  for (; runs < 30; ) {
    const t = performance.now();
    await lc.fireTrigger('notices', 'dispatchNotifications');
    runs += 1;
    longestRunMs = Math.max(longestRunMs, performance.now() - t);
    const notice = lc.db.browse('notices', JSON.stringify({ _id: noticeId }), 0, 1).docs[0] as { notifyState: string };
    console.log(`  run ${runs}: ${lc.outbox().length} sent so far, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    if (notice.notifyState === 'done') break;
  }
  const sent = lc.outbox({ templateId: templateIdOf('notice', true) });
  const perPerson = new Map<string, number>();
  for (const m of sent) perPerson.set(m.touser, (perPerson.get(m.touser) ?? 0) + 1);
  return {
    sweep_ms: Math.round(performance.now() - started),
    sweep_runs: runs,
    sweep_longest_run_ms: Math.round(longestRunMs),
    sweep_sent: sent.length,
    sweep_duplicates: [...perPerson.values()].filter((n) => n > 1).length,
  };
}

/**
 * Visits come from distinct street staff (issue 13 item 5: benchmarks that burst use distinct callers, since
 * one person may log 100 visits a day): copies of the street admin's account, each holding the same seat.
 */
function visitCallers(lc: LocalCloud, n: number): string[] {
  const [stored] = lc.db.browse('accounts', JSON.stringify({ _id: STREET_ADMIN }), 0, 1).docs;
  const account = EJSON.deserialize(stored as object) as Record<string, unknown>;
  const openids = Array.from({ length: n }, (_, k) => `bench-street-staff-${k}`);
  lc.db.importDocuments(
    'accounts',
    openids.map((openid) => ({ ...account, _id: openid, openid })),
  );
  return openids;
}

async function visits(lc: LocalCloud) {
  const callers = visitCallers(lc, Math.ceil((VISITS_AT_ONCE * WAVES) / 50));
  const vets = lc.db.browse('veterans', JSON.stringify({ 'orgPath.1': STREET, lifeStatus: 'in_district' }), 0, 10_000)
    .docs as { _id: string }[];
  const times: number[] = [];
  let conflicts = 0;
  let failures = 0;
  let n = 0;
  for (let wave = 0; wave < WAVES; wave++) {
    await Promise.all(
      Array.from({ length: VISITS_AT_ONCE }, async () => {
        const i = n++;
        const t = performance.now();
        const res = await fetch(`${lc.url}/gateway/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-wx-openid': callers[i % callers.length] },
          body: JSON.stringify({
            fn: 'care',
            data: {
              action: 'logVisit',
              input: {
                veteranId: vets[i % vets.length]._id,
                date: '2025-06-14',
                kind: 'festival',
                visitors: ['黄丽娟'],
                findings: '身体健康',
                goods: '慰问品',
                goodsValueFen: 10_000 + (i % 97),
                moneyFen: 0,
              },
            },
          }),
        });
        const body = (await res.json()) as { result?: { ok: boolean; error?: { code: string } } };
        times.push(performance.now() - t);
        if (body.result?.error?.code === 'CONFLICT') conflicts += 1;
        else if (!body.result?.ok) failures += 1;
      }),
    );
  }
  const visit = figures(times);
  // The street's June row against a raw count of its June visits.
  const row = monthOf(
    lc.db.browse('careMonthly', JSON.stringify({ _id: `street:${STREET}:2025` }), 0, 1).docs[0] as CareMonthlyDoc,
    '2025-06',
  );
  const visitsInMonth = lc.db.browse('visits', JSON.stringify({ 'orgPath.1': STREET, month: '2025-06' }), 0, 0).total;
  return {
    visit_calls: times.length,
    visit_conflicts: conflicts,
    visit_other_failures: failures,
    visit_p50_ms: visit.p50,
    visit_p95_ms: visit.p95,
    visit_rows_exact: row?.visits === visitsInMonth,
  };
}

async function main(): Promise<void> {
  const functionsDir = path.resolve(__dirname, '..', 'dist', 'bench-cloudfunctions');
  await buildFunctions(path.resolve(__dirname, '..', 'cloudfunctions'), functionsDir);
  const lc = await startLocalCloud({ memory: true, functionsDir, enableTriggers: false, clock: NOW });
  try {
    await seedIfEmpty(lc, 'tiny');
    const noticeId = loadSweepWorld(lc);
    lc.setLatency(LATENCY);
    console.log(
      `latency: db ${LATENCY.db} ms, openapi ${LATENCY.openapi} ms a call (machine shared with other sessions)`,
    );
    console.log(`sweep: a district notice, ${SUBSCRIBERS} subscribers`);
    const sweepFigures = await sweep(lc, noticeId);
    console.log(`visits: ${WAVES} x ${VISITS_AT_ONCE} at once in ${STREET}, 2025-06`);
    const visitFigures = await visits(lc);
    const results = {
      latency_db_ms: LATENCY.db,
      latency_openapi_ms: LATENCY.openapi,
      ...sweepFigures,
      ...visitFigures,
    };
    console.table(results);
    writeResults('fidelity', results);
    console.log(
      `sweep: ${sweepFigures.sweep_sent} sent in ${sweepFigures.sweep_runs} runs (target <= 10), ${sweepFigures.sweep_duplicates} twice; ` +
        `visits: ${visitFigures.visit_conflicts} CONFLICT, p95 ${visitFigures.visit_p95_ms} ms`,
    );
    checkCounts({
      sweep_sent: [sweepFigures.sweep_sent, SUBSCRIBERS],
      sweep_duplicates: [sweepFigures.sweep_duplicates, 0],
      visit_other_failures: [visitFigures.visit_other_failures, 0],
      visit_rows_exact: [Number(visitFigures.visit_rows_exact), 1],
    });
  } finally {
    await lc.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
