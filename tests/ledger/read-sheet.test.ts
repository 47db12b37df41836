/** @jest-environment node */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSheet } from '../../cloudfunctions/ledger/xlsx/read-sheet';

/**
 * The ledger import reads the first sheet of an .xlsx whatever the order of the parts inside the zip.
 * ExcelJS's stream reader throws on a sheet that comes after the shared strings but before xl/workbook.xml
 * ("Cannot read properties of undefined (reading 'sheets')"); ExcelJS's own writer puts its parts in an
 * order that varies from file to file, which made the import test fail about once in 400 runs (CI, 5 Dec).
 */
const HEADERS = ['街道', '社区', '网格', '姓名', '身份证号', '入伍时间'];
const ROWS = [
  ['南屏镇', '永济社区', '第三网格', '马德胜', '440402196203150011', '1980-11-01'],
  ['', '', '', '', '', ''],
  ['南屏镇', '永济社区', '第二网格', '刘海军', '440402196201010031', ''],
];

async function written(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (const row of ROWS) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same parts, zipped again in `order` (any part not named follows). */
async function reordered(content: Buffer, order: string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(content);
  const names = Object.keys(source.files).filter((n) => !source.files[n].dir);
  const out = new JSZip();
  for (const name of [...order, ...names.filter((n) => !order.includes(n))])
    out.file(name, await source.files[name].async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** What a person reads in the sheet: each row's number and cells, empty rows left out. */
const asRead = (sheet: Awaited<ReturnType<typeof readSheet>>) =>
  sheet.rows.map((r) => [r.row, ...sheet.headers.map((h) => r.cells.get(h) ?? '')]);
const expected = [
  [2, ...ROWS[0]],
  [4, ...ROWS[2]],
];

it('reads the sheet as written', async () => {
  const sheet = await readSheet(await written());
  expect(sheet.headers).toEqual(HEADERS);
  expect(asRead(sheet)).toEqual(expected);
});

it('reads the same sheet with xl/workbook.xml zipped last, after the shared strings and the sheet', async () => {
  const late = await reordered(await written(), [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  const names = Object.keys((await JSZip.loadAsync(late)).files).filter((n) => !n.endsWith('/'));
  expect(names.indexOf('xl/workbook.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet1.xml'));
  const sheet = await readSheet(late);
  expect(sheet.headers).toEqual(HEADERS);
  expect(asRead(sheet)).toEqual(expected);
});

it('still refuses what is not an .xlsx, in Chinese', async () => {
  await expect(readSheet(Buffer.from('姓名,身份证号\n马德胜,440402196203150011\n'))).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    message: '无法读取该文件，请上传 .xlsx 格式的台账',
  });
});

it('reads every Chinese character of a large sheet as written (no U+FFFD where a chunk boundary fell)', async () => {
  // 20,000 rows whose community names all differ: the shared strings run to hundreds of KB, so ExcelJS's
  // stream reader, which decodes each 16 KB chunk on its own, garbled about 19 of them (exceljs issue 2063).
  const copies = '一二三四五六七八九十';
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const rows = Array.from({ length: 20_000 }, (_, i) => [
    `翠香街道（${copies[i % 10]}片）`,
    `凤凰社区${i}（${copies[i % 10]}片）`,
    `第${copies[i % 9]}网格`,
    `${surnames[i % 20]}建国`,
    `44049919${String(i).padStart(10, '0')}`,
    '',
  ]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
  const got = asRead(read);
  expect(got.filter((r) => r.some((c) => String(c).includes('\uFFFD')))).toEqual([]);
  expect(got).toEqual(rows.map((r, i) => [i + 2, ...r]));
});
