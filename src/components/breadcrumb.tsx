import { Text, View } from '@tarojs/components';

export interface Crumb {
  id: string | null;
  name: string;
}

interface BreadcrumbProps {
  crumbs: Crumb[];
  /** Tapping an earlier crumb goes back up to it (its index in `crumbs`). */
  onUp: (index: number) => void;
}

/** Where one is in the org tree (区 › 街道 › 社区): every crumb but the last is a tap target back up. */
export function Breadcrumb({ crumbs, onUp }: BreadcrumbProps) {
  return (
    <View className="breadcrumb" data-testid="breadcrumb" aria-label="当前位置">
      {crumbs.map((c, i) => {
        const last = i === crumbs.length - 1;
        return (
          <View key={c.id ?? 'root'} className="breadcrumb-step">
            {i ? (
              <Text className="breadcrumb-sep" aria-hidden>
                ›
              </Text>
            ) : null}
            {last ? (
              <Text className="breadcrumb-here" aria-current="page">
                {c.name}
              </Text>
            ) : (
              <View className="breadcrumb-link" role="button" data-testid={`crumb-${i}`} onClick={() => onUp(i)}>
                {c.name}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
