import { Button, Image, Text, View } from '@tarojs/components';

interface PhotoStripProps {
  /** The field's label, e.g. 照片（选填，最多 6 张）. */
  label: string;
  max: number;
  previews: string[];
  busy: boolean;
  error?: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** The photos chosen so far (each removable with a visible button) and the way to add one. */
export function PhotoStrip({ label, max, previews, busy, error, onAdd, onRemove }: PhotoStripProps) {
  return (
    <View className="field" data-field="photos">
      <Text className="field-label">{label}</Text>
      <View className="photo-strip">
        {previews.map((src, i) => (
          <View key={src.slice(-32) + i} className="photo-cell">
            <Image className="request-photo" src={src} mode="aspectFill" />
            <Button className="btn btn-small btn-plain" onClick={() => onRemove(i)}>
              删除
            </Button>
          </View>
        ))}
      </View>
      {previews.length < max ? (
        <Button className="btn btn-plain" data-testid="add-photo" disabled={busy} onClick={onAdd}>
          {busy ? '正在上传…' : '添加照片'}
        </Button>
      ) : null}
      {error ? <Text className="field-error">{error}</Text> : null}
    </View>
  );
}
