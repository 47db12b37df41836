import ExcelJS from 'exceljs';
import type { DashboardData } from '../../../types/dashboard/overview';

const KIND = { district: '区', street: '镇/街道', community: '社区', grid: '网格', unit: '单位' } as const;
const money = (fen: number) => Math.round(fen) / 100;
const pct = (r: number) => Math.round(r * 1000) / 10;

/** One dashboard table as an .xlsx workbook (money in yuan, rates in percent). */
export async function workbookOf(data: DashboardData, table: 'children' | 'months'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(table === 'children' ? '分区统计' : '分月统计');
  if (table === 'children') {
    ws.addRow([
      '单位',
      '类别',
      '退役军人',
      '已建档',
      '建档率(%)',
      '80岁以上',
      '特困',
      '重大贡献',
      '立功受奖',
      '重点人群(人次)',
      '重点人群(人)',
      '走访次数',
      '慰问金额(元)',
      '困难补助(笔)',
      '补助金额(元)',
    ]);
    for (const r of [...data.children, { ...data.total, name: `${data.total.name}（合计）` }]) {
      ws.addRow([
        r.name,
        KIND[r.kind],
        r.veterans,
        r.filed,
        pct(r.filingRate),
        r.aged80,
        r.hardship,
        r.contribution,
        r.decorated,
        r.keyGroups,
        r.keyGroupPeople,
        r.visits,
        money(r.visitValueFen),
        r.subsidies,
        money(r.subsidyFen),
      ]);
    }
  } else {
    ws.addRow(['月份', '走访次数', '慰问金额(元)', '困难补助(笔)', '补助金额(元)']);
    for (const m of data.months)
      ws.addRow([m.month, m.visits, money(m.visitValueFen), m.subsidies, money(m.subsidyFen)]);
  }
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => {
    c.width = 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
