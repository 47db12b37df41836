import { Text, View } from '@tarojs/components';
import { FigureLine } from './figure-line';
import type { FigureRow } from '@types-contract/dashboard/overview';

/** Service minutes as hours with one decimal (志愿服务时长 is reported in hours). */
export const hoursOf = (minutes: number) => `${Math.round(minutes / 6) / 10}`;

/** Share present of the members expected at group life (blank when nobody was expected). */
function attendanceDetail(t: FigureRow): string {
  if (!t.meetings) return '本期没有登记组织生活';
  const rate = t.meetingExpected ? `，出席率 ${((t.meetingPresent / t.meetingExpected) * 100).toFixed(1)}%` : '';
  return `应到 ${t.meetingExpected} 人次，实到 ${t.meetingPresent} 人次${rate}`;
}

/**
 * 退役不褪色: activities held, publicity's reach, volunteer service, party group life and the veteran grid
 * members of the node for the period (stocks: volunteers and grid members at the period's end), one
 * label and value a line as the figures card lays them out.
 */
export function ActivityCard({ total }: { total: FigureRow }) {
  const line = (label: string, value: string, testId?: string, detail?: string) => (
    <FigureLine label={label} value={value} testId={testId} detail={detail} />
  );
  return (
    <View className="card" data-testid="activity-figures">
      <Text className="card-title">活动、志愿服务与组织生活</Text>
      {line('开展活动（本期）', `${total.activities} 场`, 'fig-activities')}
      {line('宣传覆盖（本期）', `${total.peopleReached} 人`, 'fig-reached')}
      {line('志愿服务时长（本期）', `${hoursOf(total.serviceMinutes)} 小时`, 'fig-hours')}
      {line('注册志愿者', `${total.volunteers} 人`, 'fig-volunteers')}
      {line('组织生活（本期）', `${total.meetings} 次`, 'fig-meetings', attendanceDetail(total))}
      {line('退役军人网格员', `${total.veteranStaff} 人`, 'fig-veteran-staff')}
    </View>
  );
}
