import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '@types-contract/requests/views';
import { shanghai } from '../../../lib/time/format';
import { deadlineLines } from '../format';

interface RequestCardProps {
  item: RequestSummary;
  /** Staff lists show who asked and where. */
  forStaff?: boolean;
  onOpen: () => void;
}

/** One request in a list: number, status, what it is about, who handles it, when it is due. */
export function RequestCard({ item, forStaff, onOpen }: RequestCardProps) {
  return (
    <View className="card request-card" data-testid={`request-${item.refNo}`} onClick={onOpen}>
      <View className="row">
        <Text className="card-title">
          {item.category}
          {item.urgency === 'urgent' ? ' · 紧急' : ''}
        </Text>
        <Text className={`request-status status-${item.status}`}>{item.statusLabel}</Text>
      </View>
      <Text className="text-block">{item.excerpt}</Text>
      {forStaff ? (
        <Text className="muted">
          {item.veteranName} · {item.gridName}
        </Text>
      ) : null}
      <Text className="muted">
        编号 {item.refNo} · {shanghai(item.createdAt)} 提交
      </Text>
      <Text className="muted">
        办理单位：{item.handlerName}
        {item.assigneeName ? `（${item.assigneeName}）` : ''}
      </Text>
      {deadlineLines(item).map((d) => (
        <Text key={d.label} className={d.overdue ? 'text-block request-overdue' : 'muted'} data-testid="deadline">
          {d.label}：{d.text}
        </Text>
      ))}
      {item.legacy ? <Text className="muted">历史遗留问题 · 长期跟踪</Text> : null}
    </View>
  );
}
