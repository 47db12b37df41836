import type { DashboardData } from '../../../types/dashboard/overview';
import type { ExportCell } from '../../_kernel/export-sheet';

const KIND = { district: '区', street: '镇/街道', community: '社区', grid: '网格', unit: '单位' } as const;
const money = (fen: number) => Math.round(fen) / 100;
const pct = (r: number) => Math.round(r * 1000) / 10;
const hours = (minutes: number) => Math.round(minutes / 6) / 10;
/** Share present of those expected, in percent (blank when nobody was expected). */
const attendance = (present: number, expected: number) => (expected ? pct(present / expected) : '');
const WIDTH = 14;

/** One dashboard table as spreadsheet rows (money in yuan, rates in percent), for exportSheet. */
export function tableOf(
  data: DashboardData,
  table: 'children' | 'months',
): { sheetName: string; columns: { header: string; width: number }[]; rows: ExportCell[][] } {
  const columnsOf = (headers: string[]) => headers.map((header) => ({ header, width: WIDTH }));
  if (table === 'children') {
    return {
      sheetName: '分区统计',
      columns: columnsOf([
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
        '开展活动(场)',
        '宣传覆盖(人)',
        '志愿服务时长(小时)',
        '注册志愿者(人)',
        '组织生活(次)',
        '组织生活应到(人次)',
        '组织生活实到(人次)',
        '组织生活出席率(%)',
        '退役军人网格员(人)',
      ]),
      rows: [...data.children, { ...data.total, name: `${data.total.name}（合计）` }].map((r) => [
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
        r.activities,
        r.peopleReached,
        hours(r.serviceMinutes),
        r.volunteers,
        r.meetings,
        r.meetingExpected,
        r.meetingPresent,
        attendance(r.meetingPresent, r.meetingExpected),
        r.veteranStaff,
      ]),
    };
  }
  return {
    sheetName: '分月统计',
    columns: columnsOf([
      '月份',
      '走访次数',
      '慰问金额(元)',
      '困难补助(笔)',
      '补助金额(元)',
      '开展活动(场)',
      '宣传覆盖(人)',
      '志愿服务时长(小时)',
      '组织生活(次)',
      '组织生活实到(人次)',
    ]),
    rows: data.months.map((m) => [
      m.month,
      m.visits,
      money(m.visitValueFen),
      m.subsidies,
      money(m.subsidyFen),
      m.activities,
      m.peopleReached,
      hours(m.serviceMinutes),
      m.meetings,
      m.meetingPresent,
    ]),
  };
}
