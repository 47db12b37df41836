/**
 * China's public holidays and make-up working days (调休), as data. Time limits count working days:
 * Monday to Friday, except `holidays`, plus the weekend days listed in `workdays`.
 *
 * REVIEW YEARLY: the State Council announces the next year's arrangement each November.
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电, 2025-11-04; 新华社, e.g.
 *   politics.gmw.cn/2025-11/04/content_38391083.htm).
 * - 2027: PROVISIONAL. Not announced when this was written: only the statutory days (全国年节及纪念日放假办法,
 *   2024 revision) on their 2027 dates, no 调休. Replace with the announced arrangement.
 */
export interface HolidayYear {
  year: number;
  provisional: boolean;
  holidays: string[];
  workdays: string[];
}

function span(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export const HOLIDAY_CALENDAR: HolidayYear[] = [
  {
    year: 2026,
    provisional: false,
    holidays: [
      ...span('2026-01-01', '2026-01-03'), // 元旦
      ...span('2026-02-15', '2026-02-23'), // 春节
      ...span('2026-04-04', '2026-04-06'), // 清明节
      ...span('2026-05-01', '2026-05-05'), // 劳动节
      ...span('2026-06-19', '2026-06-21'), // 端午节
      ...span('2026-09-25', '2026-09-27'), // 中秋节
      ...span('2026-10-01', '2026-10-07'), // 国庆节
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    provisional: true,
    holidays: [
      '2027-01-01', // 元旦
      ...span('2027-02-05', '2027-02-08'), // 春节 (除夕 to 初三)
      '2027-04-05', // 清明节
      ...span('2027-05-01', '2027-05-02'), // 劳动节
      '2027-06-09', // 端午节
      '2027-09-15', // 中秋节
      ...span('2027-10-01', '2027-10-03'), // 国庆节
    ],
    workdays: [],
  },
];
