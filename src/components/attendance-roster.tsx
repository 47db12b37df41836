import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance } from '@types-contract/common/attendance';
import { ChoiceChips } from './choice-chips';
import { FieldError } from './field-error';

/** One person on a meeting's roster: a party member of the branch, a supervisor invited. */
export interface RosterPerson {
  id: string;
  name: string;
  /** Recorded before, if it was. */
  status?: Attendance | null;
}

/** Each person's attendance as the form holds it: what was recorded, else present. */
export function useAttendance(people: RosterPerson[]) {
  const [status, setStatus] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(people.map((p) => [p.id, p.status ?? 'present'])),
  );
  const set = (id: string, s: Attendance) => setStatus((old) => ({ ...old, [id]: s }));
  return { status, set };
}

interface Props {
  /** e.g. 出席情况（应到12人）. */
  title: string;
  people: RosterPerson[];
  attendance: ReturnType<typeof useAttendance>;
  error?: string;
}

/**
 * After a meeting began: each person present, excused or absent, one row each (a party branch's meeting and
 * a supervisors' meeting alike; types/common/attendance.ts).
 */
export function AttendanceRoster({ title, people, attendance, error }: Props) {
  return (
    <View className="card" data-testid="attendance-form">
      <Text className="card-title">{title}</Text>
      {people.map((p, i) => (
        <View key={p.id} className="attendance-row" data-testid={`attendance-${i}`}>
          <ChoiceChips
            name={`attendance-${p.id}`}
            label={p.name}
            options={ATTENDANCE}
            labels={ATTENDANCE_LABELS}
            value={attendance.status[p.id]}
            onChange={(s) => attendance.set(p.id, s)}
          />
        </View>
      ))}
      <FieldError name="attendance" error={error} />
    </View>
  );
}

/** One person's recorded attendance, as a meeting's page lists it. */
export interface RecordedAttendance {
  id: string;
  name: string;
  status: string | null;
  statusLabel: string;
}

/** A meeting's attendance once recorded: one line per person, name and 出席/请假/缺席 (present stands out). */
export function AttendanceList({ people }: { people: RecordedAttendance[] }) {
  return (
    <>
      {people.map((p) => (
        <View key={p.id} className="attendance-line">
          <Text>{p.name}</Text>
          <Text className={p.status === 'present' ? 'attendance-present' : 'attendance-other'}>{p.statusLabel}</Text>
        </View>
      ))}
    </>
  );
}
