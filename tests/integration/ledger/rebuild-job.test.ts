/** @jest-environment node */
/**
 * The rollups' rebuild is a job worked in slices (issue 16: at ten times the district it took longer than the
 * ledger function's 60 s timeout, WeChat Cloud's maximum for a function, so it must resume across
 * invocations). A change of the district's rules starts it; the page's progress asks and the minute timer
 * carry it on; an invocation killed mid-slice is resumed without counting anything twice. Expected figures
 * are counted here from the files in the store, not through any rollup code.
 */
import type { Stack } from '../../support/stack';
import { load, org, validId, veteranFile } from '../../support/fixtures';
import { smallWorld } from './world';
import { ledgerStats } from '../../../types/ledger/search';
import { updateLedgerSettings } from '../../../types/ledger/settings';
import { ledgerJob } from '../../../types/ledger/jobs';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';

jest.setTimeout(180_000);

/** More grids than one step of the rebuild takes (20), so the grids alone take several slices. */
const EXTRA_GRIDS = 90;
const NEW_RULES = {
  requiredSections: ['identity', 'service', 'address', 'phone', 'party'] as const,
  verifyMonths: 6,
  keyGroupVerifyMonths: 3,
};

let stack: Stack;
beforeAll(() => {
  // One step a slice (cloudfunctions/_kernel/jobs.ts): every slice boundary is crossed on this small district.
  process.env.VETGRID_JOB_SLICE_MS = '1';
});
afterAll(() => {
  delete process.env.VETGRID_JOB_SLICE_MS;
});

beforeEach(async () => {
  stack = (await smallWorld()).stack;
  const c1 = stack.cloud.db.browse('orgs', JSON.stringify({ _id: 'c1' }), 0, 1).docs[0] as OrgDoc;
  const grids = Array.from({ length: EXTRA_GRIDS }, (_, i) =>
    org(`gx-${String(i).padStart(3, '0')}`, 'grid', `第${i + 10}网格`, c1),
  );
  // Two files a grid; every third a party member with no branch recorded: incomplete once 党员信息 is required.
  const files = grids.flatMap((g, i) =>
    [0, 1].map((k) => {
      const n = i * 2 + k;
      const f = veteranFile(
        `vx-${n}`,
        `周${n}`,
        validId(`19${40 + (n % 50)}-0${(n % 9) + 1}-11`, 200 + n),
        `1390000${String(n).padStart(4, '0')}`,
        g,
      );
      if (n % 3 === 0) f.party = { member: true, branch: '' };
      return f;
    }),
  );
  await load(stack.cloud, { orgs: grids, veterans: files });
});
afterEach(() => stack.close());

/** Living files under a node, and how many are complete under the new rules (verified, party branch given). */
function raw(nodeId: string) {
  const files = (stack.cloud.db.browse('veterans', '{}', 0, 100_000).docs as VeteranDoc[]).filter(
    (f) => f.lifeStatus === 'in_district' && f.orgPath.includes(nodeId),
  );
  return {
    known: files.length,
    complete: files.filter((f) => f.verifiedAt && !(f.party.member && !f.party.branch)).length,
  };
}

function rollup(nodeId: string) {
  const doc = stack.cloud.db.browse('rollups', JSON.stringify({ _id: nodeId }), 0, 1).docs[0] as
    | { known: number; complete: number }
    | undefined;
  return doc && { known: doc.known, complete: doc.complete };
}

async function expectFiguresEqualFiles() {
  for (const id of ['d', 's1', 'c1', 'g1', 'gx-000', 'gx-045', 'gx-089'])
    expect([id, rollup(id)]).toEqual([id, raw(id)]);
  // What district staff see in the filing-rate table.
  const table = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-district-admin');
  expect(table.total).toMatchObject(raw('c1'));
  for (const id of ['gx-000', 'gx-001', 'gx-002']) expect(table.rows.find((r) => r.id === id)).toMatchObject(raw(id));
}

const nodes = (kind: string) => stack.cloud.db.browse('orgs', JSON.stringify({ kind }), 0, 0).total;
/** The job's units, counted from the store: grids, streets, then notices (one), communities, streets. */
const units = () => nodes('grid') + nodes('street') + 1 + nodes('community') + nodes('street');

it('a rules change starts the recompute, which the page follows slice by slice (进度) until done', async () => {
  // Under the old rules every verified file is complete.
  const before = rollup('c1');
  expect(before).toEqual({ known: raw('c1').known, complete: raw('c1').known });
  const { job } = await stack.ok(
    updateLedgerSettings,
    { ...NEW_RULES, requiredSections: [...NEW_RULES.requiredSections] },
    'wx-district-admin',
  );
  // The answer comes before the work: the figures still show the old rules, the job has not begun.
  // 进度 counts every grid, every street, then the paged stages in their own units: the notices (one),
  // the care rows (every community), the activity rows (every street).
  expect(nodes('grid')).toBe(2 + EXTRA_GRIDS);
  const total = units();
  expect(job).toMatchObject({ status: 'running', done: 0, total });
  expect(rollup('c1')).toEqual(before);
  const seen: number[] = [];
  for (let ask = 0; ask < 20; ask++) {
    const p = await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin');
    seen.push(p.done);
    if (p.status !== 'running') {
      expect(p).toMatchObject({ status: 'done', done: p.total, error: null });
      break;
    }
  }
  // Grids 20 a step: 20, 40, ..., 92, then the two streets with their communities and the district, then the
  // notices' read counts, the care rows and the activity rows (one step a slice).
  expect(seen.slice(0, 6)).toEqual([20, 40, 60, 80, 92, 94]);
  expect(seen.slice(6)).toEqual([...seen.slice(6)].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe(total);
  expect(raw('c1').complete).toBeLessThan(raw('c1').known);
  await expectFiguresEqualFiles();
});

it('the minute timer carries the job on with no page open', async () => {
  const { job } = await stack.ok(
    updateLedgerSettings,
    { ...NEW_RULES, requiredSections: [...NEW_RULES.requiredSections] },
    'wx-district-admin',
  );
  for (let minute = 0; minute < 12; minute++) await stack.cloud.fireTrigger('ledger', 'continueJobs');
  expect(await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin')).toMatchObject({ status: 'done' });
  await expectFiguresEqualFiles();
});

it('a slice killed between its writes is resumed once its lease lapses, and nothing is counted twice', async () => {
  const { job } = await stack.ok(
    updateLedgerSettings,
    { ...NEW_RULES, requiredSections: [...NEW_RULES.requiredSections] },
    'wx-district-admin',
  );
  // The first slice is killed right after its first rollup write (before the grid's row and the cursor are saved).
  stack.cloud.killAfterWrite('rollups', 'ledger');
  await expect(stack.call(ledgerJob, { jobId: job.id }, 'wx-district-admin')).rejects.toThrow(/超时/);
  // The killed invocation still holds the job: asking again does no work until its lease (the timeout) lapses.
  expect(await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin')).toMatchObject({
    status: 'running',
    done: 0,
  });
  stack.cloud.clock.advance(2 * 60_000);
  let p = await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin');
  expect(p.done).toBe(20);
  while (p.status === 'running') p = await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin');
  expect(p).toMatchObject({ status: 'done', done: units() });
  await expectFiguresEqualFiles();
});

it('only the district may follow the recompute; another street is refused and nothing moves', async () => {
  const { job } = await stack.ok(
    updateLedgerSettings,
    { ...NEW_RULES, requiredSections: [...NEW_RULES.requiredSections] },
    'wx-district-admin',
  );
  expect(await stack.call(ledgerJob, { jobId: job.id }, 'wx-street-admin')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.ok(ledgerJob, { jobId: job.id }, 'wx-district-admin')).toMatchObject({ done: 20 });
});
