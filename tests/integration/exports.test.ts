/** @jest-environment node */
/**
 * Every export of the app is handed out one way (issue 17): an .xlsx in private cloud storage under
 * exports/, a link that dies after ten minutes, a file name ending in .xlsx. Asked of
 * the ledger, the requests ledger, the dashboard and the recruitment office's reports on the demo district.
 * Headers are bold as before, except the ledger's (written plain for speed, as it was).
 */
import { startStack, type Stack } from '../support/stack';
import { downloadWorkbook } from '../support/exports';
import { seedIfEmpty } from '../../scripts/seed-local';
import { exportLedger } from '../../types/ledger/transfer';
import { exportVolunteers } from '../../types/activities/volunteer-list';
import { exportRequests } from '../../types/requests/inbox';
import { dashboardExport } from '../../types/dashboard/overview';
import { exportReports, fileReport } from '../../types/supervision/reports';
import type { ExportedFile } from '../../types/common/exports';
import { STAGE } from './supervision/world';

jest.setTimeout(180_000);
const NOW = new Date('2026-11-29T02:00:00Z');
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ clock: NOW });
  await seedIfEmpty(stack.cloud, 'tiny');
});
afterAll(() => stack.close());

const TEN_MINUTES_LATER = new Date(NOW.getTime() + 10 * 60_000).toISOString();

it.each([
  [
    'the ledger',
    // A street of the demo district is one part (10,000 rows a part), done within the call.
    async () => (await stack.ok(exportLedger, { reason: '季度核对' }, 'demo-street-admin-s-10')).parts[0],
    '所属镇街',
    /^南屏镇台账_2026-11-29\.xlsx$/,
    false, // a district's whole ledger is written plain: styles double its time
  ],
  [
    'the requests ledger',
    () => stack.ok(exportRequests, {}, 'demo-street-admin-s-10'),
    '诉求编号',
    /^南屏镇诉求台账_2026-11-29\.xlsx$/,
    true,
  ],
  [
    'a dashboard table',
    () => stack.ok(dashboardExport, { table: 'months', from: '2026-01', to: '2026-06' }, 'demo-street-admin-s-10'),
    '月份',
    /^南屏镇分月统计_2026-01至2026-06\.xlsx$/,
    true,
  ],
  [
    'the office reports',
    () => stack.ok(exportReports, {}, 'demo-recruitment-staff'),
    '编号',
    /^监督员反映问题_2026-11-29\.xlsx$/,
    true,
  ],
  [
    'the volunteers',
    () => stack.ok(exportVolunteers, { orgId: 's-10', reason: '报送民政局' }, 'demo-street-admin-s-10'),
    '姓名',
    /^南屏镇志愿者名册_2026-11-29\.xlsx$/,
    true,
  ],
] as [string, () => Promise<ExportedFile>, string, RegExp, boolean][])(
  '%s: an .xlsx in storage, a ten-minute link, named for the person',
  async (_what, run, firstHeader, name, bold) => {
    const file = await run();
    expect(file.fileName).toMatch(name);
    expect(file.expiresAt).toBe(TEN_MINUTES_LATER);
    expect(stack.cloud.files().find((f) => f.fileID === file.fileID)?.cloudPath).toMatch(
      // A ledger export's part is stored under its job's id and its number (written again in place if redone).
      /^exports\/2026-11-29\/[0-9a-f]{32}(-\d+)?\.xlsx$/,
    );
    const sheet = (await downloadWorkbook(file.url)).worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe(firstHeader);
    expect(Boolean(sheet.getRow(1).font?.bold)).toBe(bold);
  },
);

it("a supervisor's text that looks like a formula is exported as text, never as a formula", async () => {
  // Issue 13 item 4 (formula injection, OWASP "CSV Injection"): in the spreadsheet the cell must stay text.
  const attack = '=HYPERLINK("http://evil.example","点此查看")';
  await stack.ok(
    fileReport,
    { stageId: STAGE('physical'), place: '体检站', type: 'other', description: attack, observedAt: NOW.toISOString() },
    'demo-integrity-supervisor',
  );
  const file = await stack.ok(exportReports, {}, 'demo-recruitment-staff');
  const sheet = (await downloadWorkbook(file.url)).worksheets[0];
  const cells: { value: unknown; formula: unknown }[] = [];
  sheet.eachRow((row) => row.eachCell((c) => cells.push({ value: c.value, formula: c.formula })));
  expect(cells.filter((c) => c.formula)).toEqual([]);
  expect(cells.find((c) => c.value === attack)).toBeDefined();
});
