import { Image, Text, View } from '@tarojs/components';
import type { CloudError } from '../../../lib/cloud';
import type { PickedPhoto } from '../use-photos';
import { BusyButton } from '../../../components/busy-button';

interface PhotoPickerProps {
  photos: PickedPhoto[];
  uploading: boolean;
  full: boolean;
  error?: CloudError;
  onPick: () => void;
  onRemove: (photoId: string) => void;
}

export function PhotoPicker({ photos, uploading, full, error, onPick, onRemove }: PhotoPickerProps) {
  return (
    <View className="field" data-field="photoIds">
      <Text className="field-label">照片（最多4张，位置等信息会被去除）</Text>
      <View className="photo-row">
        {photos.map((p) => (
          <View key={p.photoId} className="photo-thumb" data-testid="photo-thumb">
            <Image src={p.preview} mode="aspectFill" className="photo-img" />
            <Text className="photo-remove" onClick={() => onRemove(p.photoId)}>
              删除
            </Text>
          </View>
        ))}
      </View>
      {full ? null : (
        <BusyButton className="btn btn-plain" busy={uploading} onClick={onPick} data-testid="add-photo">
          {uploading ? '正在上传…' : '拍照或选择照片'}
        </BusyButton>
      )}
      {error ? <Text className="field-error">{error.message}</Text> : null}
    </View>
  );
}
