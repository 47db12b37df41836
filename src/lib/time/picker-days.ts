import { type DayWindow, windowDays } from '@types-contract/common/dates';
import { day } from './format';

/**
 * A date picker's start and end for a field's window (declared beside its contract), from the device's
 * today in Shanghai: the picker offers only days the server accepts (it checks again on its own clock).
 */
export function pickerDays(w: Pick<DayWindow, 'back' | 'ahead'>): { start: string; end: string } {
  return windowDays(w, day(new Date()));
}
