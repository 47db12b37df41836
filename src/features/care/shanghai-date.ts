/** YYYY-MM-DD of an ISO instant in Asia/Shanghai (UTC+8). */
export function shanghaiDate(iso: string | Date): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
