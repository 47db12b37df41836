import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** An instant as people in the district read it (Asia/Shanghai, UTC+8 all year). */
export function shanghaiTime(iso: string): string {
  return dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');
}

/** Now as a datetime with the Shanghai offset, e.g. for 发现时间. */
export function nowWithOffset(): string {
  return dayjs().utcOffset(480).format('YYYY-MM-DDTHH:mm:ssZ');
}
