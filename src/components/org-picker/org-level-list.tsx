import { Text, View } from '@tarojs/components';
import type { OrgNodeView } from '@types-contract/org/queries';
import type { QueryState } from '../../lib/cloud';
import { QueryView } from '../../app-shell/query-view';

interface OrgLevelListProps {
  title: string;
  query: QueryState<{ items: OrgNodeView[] }>;
  selectedId?: string;
  onChoose: (node: OrgNodeView) => void;
}

/** One level of the street → community → grid picker: a list of big tappable rows. */
export function OrgLevelList({ title, query, selectedId, onChoose }: OrgLevelListProps) {
  return (
    <View className="card" data-testid={`org-level-${title}`}>
      <Text className="card-title">{title}</Text>
      <QueryView query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Text className="text-block muted">暂无可选项</Text>
          ) : (
            items.map((node) => (
              <View
                key={node.id}
                className={node.id === selectedId ? 'list-item list-item-selected' : 'list-item'}
                onClick={() => onChoose(node)}
              >
                <Text>{node.name}</Text>
                <Text>{node.id === selectedId ? '✓' : '›'}</Text>
              </View>
            ))
          )
        }
      </QueryView>
    </View>
  );
}
