/** "2026-03-01 09:30" in Asia/Shanghai (UTC+8, no daylight saving): how a subscribe message shows a time. */
export function beijingTime(at: Date): string {
  const t = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}
