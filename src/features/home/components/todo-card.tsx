import { Text, View } from '@tarojs/components';
import type { HomeTodos } from '../use-home-todos';

export interface TodoLinks {
  registrations: () => void;
  corrections: () => void;
  requests: () => void;
  assist: () => void;
  mentions: () => void;
}

const ROWS: { key: keyof HomeTodos; label: string; unit: string }[] = [
  { key: 'mentions', label: '网格群里有人@我', unit: '条' },
  { key: 'registrations', label: '待确认登记', unit: '人' },
  { key: 'corrections', label: '待核实的档案更正', unit: '条' },
  { key: 'requests', label: '待办诉求', unit: '件' },
  { key: 'assist', label: '待审批的补助', unit: '件' },
];

/** 待办: what waits for the person, with its count, one tap to each; nothing shown when nothing waits. */
export function TodoCard({ todos, links, staff }: { todos: HomeTodos; links: TodoLinks; staff: boolean }) {
  const rows = ROWS.filter((r) => (todos[r.key] ?? 0) > 0);
  if (!rows.length && !staff) return null;
  return (
    <View className="card" data-testid="home-todos">
      <Text className="card-title">我的待办</Text>
      {rows.length === 0 ? <Text className="text-block muted">暂时没有待办事项。</Text> : null}
      {rows.map((r) => (
        <View
          key={r.key}
          className="list-item list-item-link"
          data-testid={`todo-${r.key}`}
          role="button"
          onClick={links[r.key]}
        >
          <Text className="text-block">{r.label}</Text>
          <Text className="todo-count">
            {todos[r.key]} {r.unit} ›
          </Text>
        </View>
      ))}
    </View>
  );
}
