import ExcelJS from 'exceljs';
import { localSdk } from '../../scripts/seed-local';
import { validId } from '../support/fixtures';
import { idCheckChar } from '../../types/common/validators';
import type { OrgDoc } from '../../types/org/model';
import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey, type JourneyStack, saveElderModeOf } from './journey-stack';

jest.setTimeout(240_000);

const place = ['南屏镇', '永济社区', '第三网格'];
const fresh = validId('1962-03-15', 57);
const wrongDigit = `${fresh.slice(0, 17)}${fresh[17] === '1' ? '2' : '1'}`;

async function ledgerSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号']);
  sheet.addRow([...place, '马德胜', fresh, '13622223333']);
  sheet.addRow([...place, '错校验', wrongDigit, '13622223334']);
  sheet.addRow(['南屏镇', '永济社区', '第九网格', '无网格', validId('1960-01-01', 61), '']);
  sheet.addRow([...place, '马德胜', fresh, '13622223333']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One new person in every grid of 南屏镇 (s-10), with ID numbers of a region code the demo never draws
 * (`round` keeps two sheets apart); answers the sheet and how many grids it spans.
 */
async function streetWideSheet(stack: JourneyStack, round: number): Promise<{ buffer: Buffer; grids: number }> {
  const orgs = stack.cloud.db.browse('orgs', '{}', 0, 100_000).docs as OrgDoc[];
  const name = new Map(orgs.map((o) => [o._id, o.name]));
  const grids = orgs.filter((o) => o.kind === 'grid' && o.path.includes('s-10'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号']);
  grids.forEach((g, i) => {
    const first17 = `440499${1940 + (i % 50)}0${1 + (i % 9)}1${i % 10}${round}${String(i).padStart(2, '0')}`;
    sheet.addRow([...g.path.slice(1).map((id) => name.get(id)), '郑卫东', first17 + idCheckChar(first17), '']);
  });
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), grids: grids.length };
}

describeInBrowser('导入台账 and 完整导出 on the staff ledger page', () => {
  const j = journey('/features/me/pages/index');
  const { as } = j;

  test('a street admin imports an .xlsx: the dry run lists each row’s problems, 确认导入 creates the good row once', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强');
    await visible(admin, '台账', true).click();
    await see(admin, '导入台账');
    const buffer = await ledgerSheet();
    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), visible(admin, '选择 .xlsx 表格').click()]);
    await chooser.setFiles({
      name: '南屏镇台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await see(admin, '已选择：南屏镇台账.xlsx');
    await see(admin, '共 4 行：可新建 1 份档案');
    await see(admin, '第 3 行 · 身份证号');
    await see(admin, '校验位');
    await see(admin, '找不到网格：南屏镇/永济社区/第九网格');
    await see(admin, '与第2行是同一人');
    await screenshot(admin, 'import-1-dry-run');
    await visible(admin, '确认导入（新建 1 份）').click();
    await see(admin, '已新建 1 份档案');
    await type(admin, 'query', '马德胜');
    await visible(admin, '搜索', true).click();
    await see(admin, '共 1 人');

    // The same sheet again creates nothing new.
    const [again] = await Promise.all([admin.waitForEvent('filechooser'), visible(admin, '重新选择表格').click()]);
    await again.setFiles({
      name: '南屏镇台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await see(admin, '没有可新建的档案');
    await see(admin, '已有档案 1 人');
  });

  test('a sheet over every grid of a street: 进度 in grids while their figures are updated, found again after leaving, then 已更新 (also in 长辈模式)', async () => {
    // One step (20 grids) a slice (cloudfunctions/_kernel/jobs.ts): the commit updates 20 grids, each of the
    // page's asks 20 more.
    process.env.VETGRID_JOB_SLICE_MS = '1';
    const jobs = localSdk(j.app.cloud).database().collection('jobs');
    const RUNNING = '个网格（更新完之前';
    try {
      for (const [round, elder] of [
        [1, false],
        [2, true],
      ] as const) {
        await saveElderModeOf(j.app, 'demo-street-admin-s-10', elder);
        const admin = await as('demo-street-admin-s-10', '吴国强');
        await visible(admin, '台账', true).click();
        const { buffer, grids } = await streetWideSheet(j.app, round);
        expect(grids).toBeGreaterThan(40);
        const [chooser] = await Promise.all([
          admin.waitForEvent('filechooser'),
          visible(admin, '选择 .xlsx 表格').click(),
        ]);
        await chooser.setFiles({
          name: '南屏镇全镇.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer,
        });
        await visible(admin, `确认导入（新建 ${grids} 份）`).click();
        await see(admin, `已新建 ${grids} 份档案`);
        // Another invocation holds the recompute for now (as a timer slice would): the page can only watch.
        const job = () =>
          j.app.cloud.db.browse(
            'jobs',
            JSON.stringify({ kind: 'importStats', startedBy: 'demo-street-admin-s-10' }),
            0,
            10,
          ).docs as { _id: string; status: string; done: number; createdAt: unknown }[];
        const mine = job().find((d) => d.status === 'running');
        if (!mine) throw new Error('the commit answered before its recompute was done, yet no job runs');
        await jobs
          .doc(mine._id)
          .update({ data: { leaseUntil: new Date(Date.now() + 3_600_000), leaseToken: 'elsewhere' } });
        await see(admin, `/${grids} ${RUNNING}`);
        await screenshot(admin, `import-3-stats-running${elder ? '-elder' : ''}`);
        if (!elder) {
          // Leaving the page and opening it again: the card finds the recompute still running.
          await admin.reload();
          await see(admin, `/${grids} ${RUNNING}`);
          await admin.getByText(RUNNING).first().scrollIntoViewIfNeeded();
          await screenshot(admin, 'import-5-stats-found-again');
        }
        await jobs.doc(mine._id).update({ data: { leaseUntil: null, leaseToken: null } });
        if (elder) {
          await see(admin, `所涉 ${grids} 个网格的建档率和统计数字已更新`, 60_000);
          await screenshot(admin, 'import-4-stats-done-elder');
        } else {
          // The page's asks finish it; once done, the card forgets it (the figures above are read again).
          for (let wait = 0; wait < 120 && (await admin.getByText(RUNNING).count()) > 0; wait++)
            await admin.waitForTimeout(500);
          expect(await admin.getByText(RUNNING).count()).toBe(0);
          expect(job().find((d) => d._id === mine._id)?.status).toBe('done');
          await admin.reload();
          await see(admin, '导入台账');
          expect(await admin.getByText(RUNNING).count()).toBe(0);
        }
      }
    } finally {
      delete process.env.VETGRID_JOB_SLICE_MS;
      await saveElderModeOf(j.app, 'demo-street-admin-s-10', false);
    }
  });

  test('a street admin exports the full ledger with a reason; a station worker is offered only the masked export', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强');
    await visible(admin, '台账', true).click();
    await visible(admin, '完整导出（含完整身份证号和电话）').click();
    await see(admin, '请填写导出原因');
    await type(admin, 'exportReason', '季度台账核对');
    await visible(admin, '完整导出（含完整身份证号和电话）').click();
    await see(admin, '已完整导出');
    await screenshot(admin, 'import-2-full-export');

    const station = await as('demo-station-staff-c-10-01', '梁晓梅');
    await visible(station, '台账', true).click();
    await see(station, '导出台账（隐去身份证号和电话）');
    expect(await station.getByText('完整导出').filter({ visible: true }).count()).toBe(0);
    // A station imports its own community's rows (PRODUCT.md: station / street / district staff import and
    // export the ledger; issue 13 decision), so it is offered 导入台账 but never the full export.
    expect(await station.getByText('导入台账').filter({ visible: true }).count()).toBeGreaterThan(0);
  });
});
