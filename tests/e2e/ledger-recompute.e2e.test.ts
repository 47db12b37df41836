import { localSdk } from '../../scripts/seed-local';
import { updateLedgerSettings } from '../../types/ledger/settings';
import { describeInBrowser, screenshot, see } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(240_000);

const DISTRICT_ADMIN = 'demo-district-admin';

describeInBrowser('统计数据 on the staff ledger page: the recompute after a rules change, with 进度', () => {
  const j = journey('/features/ledger/pages/staff');
  const as = j.as;
  beforeAll(() => {
    // One step a slice (cloudfunctions/_kernel/jobs.ts), so the tiny district's recompute takes several asks.
    process.env.VETGRID_JOB_SLICE_MS = '1';
  });
  afterAll(() => {
    delete process.env.VETGRID_JOB_SLICE_MS;
  });

  test('the district admin sees 进度 x/y while the statistics are recomputed, then when it finished (also in 长辈模式)', async () => {
    const stack = j.app;
    const started = await stack.cloud.invoke(
      updateLedgerSettings.fn,
      {
        action: updateLedgerSettings.action,
        input: {
          requiredSections: ['identity', 'service', 'address', 'phone', 'party'],
          verifyMonths: 6,
          keyGroupVerifyMonths: 3,
        },
      },
      { OPENID: DISTRICT_ADMIN },
    );
    const job = (started.result as { ok: boolean; data: { job: { id: string; total: number } } }).data.job;
    // Another invocation holds the job for now (as a timer slice would): the page can only watch.
    const jobs = localSdk(stack.cloud).database().collection('jobs');
    await jobs.doc(job.id).update({ data: { leaseUntil: new Date(Date.now() + 3_600_000), leaseToken: 'elsewhere' } });

    const admin = await as(DISTRICT_ADMIN, '区退役军人事务局');
    await see(admin, `进度 0/${job.total}`);
    await see(admin, '正在按最新台账规则重新计算');
    await screenshot(admin, 'ledger-recompute-1-running');

    // The holder lets go: the page's own asks carry the job to its end.
    await jobs.doc(job.id).update({ data: { leaseUntil: null, leaseToken: null } });
    await see(admin, '重新计算完成', 150_000); // one step a poll; 60 s was short under CI load (stop 21: 485/487)
    await screenshot(admin, 'ledger-recompute-2-done');

    await saveElderModeOf(stack, DISTRICT_ADMIN, true);
    const elder = await as(DISTRICT_ADMIN, '区退役军人事务局');
    await see(elder, '重新计算完成');
    await screenshot(elder, 'ledger-recompute-3-done-elder');
    await saveElderModeOf(stack, DISTRICT_ADMIN, false);

    // A street's staff do not follow the district's recompute.
    const street = await as('demo-street-admin-s-10', '吴国强');
    await see(street, '导出台账');
    expect(await street.getByText('统计数据').filter({ visible: true }).count()).toBe(0);
  });
});
