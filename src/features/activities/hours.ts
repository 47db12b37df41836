/** Hours as people say them: 2小时, 1.5小时. */
export function hoursText(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)}小时`;
}
