import dayjs from 'dayjs';
import { dayFromToday, instantAt } from '../../lib/time/format';
import type { ActivityKind, PublicityVenue } from '@types-contract/activities/model';

export interface ActivityFormValues {
  kind: ActivityKind;
  venue: PublicityVenue | null;
  title: string;
  description: string;
  place: string;
  /** YYYY-MM-DD and HH:mm, Shanghai time as the organiser reads it. */
  date: string;
  startTime: string;
  endTime: string;
  deadline: DeadlineChoice;
  capacity: string;
  waitlistCap: string;
}

export const DEADLINES = { hour: '开始前1小时', day: '开始前1天' } as const;
export type DeadlineChoice = keyof typeof DEADLINES;

/** Tomorrow 9:00 to 11:00, sign-up until an hour before: what most activities look like. */
export function initialValues(): ActivityFormValues {
  return {
    kind: 'volunteer',
    venue: null,
    title: '',
    description: '',
    place: '',
    date: dayFromToday(1),
    startTime: '09:00',
    endTime: '11:00',
    deadline: 'hour',
    capacity: '20',
    waitlistCap: '5',
  };
}

const instant = (date: string, time: string) => dayjs(instantAt(date, time));

/** The instants the createActivity contract takes, from the form's Shanghai date and times. */
export function timesOf(v: ActivityFormValues): { startAt: string; endAt: string; signupDeadline: string } {
  const start = instant(v.date, v.startTime);
  const deadline = v.deadline === 'day' ? start.subtract(1, 'day') : start.subtract(1, 'hour');
  return {
    startAt: start.toISOString(),
    endAt: instant(v.date, v.endTime).toISOString(),
    signupDeadline: deadline.toISOString(),
  };
}

/** A number field as the contract wants it: NaN for text that is not a number, so the schema says what is wrong. */
export const whole = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));
