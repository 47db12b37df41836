import { Text, View } from '@tarojs/components';
import type { RosterRow } from '@types-contract/ledger/roster';
import { KEY_GROUP_LABELS } from '@types-contract/veteran/ledger-rules';

interface RosterListProps {
  rows: (RosterRow & { placeName?: string })[];
  onOpen: (id: string) => void;
}

/** People of a roster or a ledger page; a tap opens the file. */
export function RosterList({ rows, onOpen }: RosterListProps) {
  return (
    <View className="card" data-testid="roster-list">
      {rows.length === 0 ? <Text className="text-block muted">没有符合条件的人员。</Text> : null}
      {rows.map((r) => (
        <View key={r.id} className="list-item" onClick={() => onOpen(r.id)}>
          <View>
            <Text className="text-block">
              {r.name} · {r.gender} · {r.age}岁
            </Text>
            <Text className="muted">
              {[
                r.placeName,
                r.keyGroups.map((g) => KEY_GROUP_LABELS[g]).join('、'),
                r.overdue ? '待核实' : '',
                r.pendingCorrections ? `更正申请 ${r.pendingCorrections}` : '',
              ]
                .filter(Boolean)
                .join(' · ') || r.idMasked}
            </Text>
          </View>
          <Text className="muted">查看 ›</Text>
        </View>
      ))}
    </View>
  );
}
