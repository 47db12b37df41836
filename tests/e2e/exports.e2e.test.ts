import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describeInBrowser, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

/**
 * Every export reaches the person the same way (issue 17): in the browser the file downloads under its
 * name as an .xlsx that opens with its header row; nothing is left on the clipboard or on screen as a raw link.
 */
async function downloaded(page: Page, button: string): Promise<{ name: string; header: unknown[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), visible(page, button).click()]);
  const file = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file as string);
  return {
    name: download.suggestedFilename(),
    header: (book.worksheets[0].getRow(1).values as unknown[]).slice(1),
  };
}

describeInBrowser('exports download as .xlsx files', () => {
  const { as } = journey('/features/me/pages/index');

  test('the ledger: a street admin’s masked export downloads, named after the street', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强', '/features/ledger/pages/staff');
    await see(admin, '导出台账（隐去身份证号和电话）');
    await type(admin, 'exportReason', '季度台账核对');
    const file = await downloaded(admin, '导出台账（隐去身份证号和电话）');
    expect(file.name).toMatch(/^南屏镇台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.header.slice(0, 3)).toEqual(['所属镇街', '所属社区', '所属网格']);
    await see(admin, '已导出');
    expect(await admin.getByText('http').filter({ visible: true }).count()).toBe(0);
  });

  test('the requests ledger from 诉求统计', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强', '/features/requests/pages/figures');
    const file = await downloaded(admin, '导出诉求台账（Excel）');
    expect(file.name).toMatch(/^南屏镇诉求台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.header[0]).toBe('诉求编号');
  });

  test('a dashboard table', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强', '/features/dashboard/pages/index');
    const file = await downloaded(admin, '导出分月统计表');
    expect(file.name).toMatch(/^南屏镇分月统计_\d{4}-\d{2}至\d{4}-\d{2}\.xlsx$/);
    expect(file.header[0]).toBe('月份');
  });

  test('the recruitment office’s reports', async () => {
    const office = await as('demo-recruitment-staff', '征兵办', '/features/supervision/pages/office-reports');
    const file = await downloaded(office, '导出表格');
    expect(file.name).toMatch(/^监督员反映问题_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.header[0]).toBe('编号');
  });
});
