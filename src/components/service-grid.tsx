import { Text, View } from '@tarojs/components';

export interface ServiceTile {
  key: string;
  label: string;
  /** One character drawn as the tile's icon (no image files: the weapp main package stays small). */
  glyph: string;
  tone: 'red' | 'blue' | 'green' | 'orange' | 'purple' | 'teal';
  testId?: string;
  /** A count waiting behind the tile (to-dos), shown as a badge. */
  badge?: number;
  onTap: () => void;
}

/** A grid of services, as government service apps present them: an icon and a short name per tile. */
export function ServiceGrid({ tiles }: { tiles: ServiceTile[] }) {
  return (
    <View className="service-grid">
      {tiles.map((t) => (
        <View
          key={t.key}
          className="service-tile"
          data-testid={t.testId}
          role="button"
          aria-label={t.badge ? `${t.label}，${t.badge}项待办` : t.label}
          onClick={t.onTap}
        >
          <View className={`service-icon tone-${t.tone}`} aria-hidden="true">
            <Text className="service-glyph">{t.glyph}</Text>
            {t.badge ? <Text className="service-badge">{t.badge > 99 ? '99+' : t.badge}</Text> : null}
          </View>
          <Text className="service-label">{t.label}</Text>
        </View>
      ))}
    </View>
  );
}
