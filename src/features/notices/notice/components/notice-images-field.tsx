import { Button, Image, Text, View } from '@tarojs/components';
import { NOTICE_LIMITS } from '@types-contract/notices/model';
import type { NoticeImage } from '../use-notice-images';

interface Props {
  images: NoticeImage[];
  room: number;
  progress: string | null;
  error: string | null;
  onAdd: () => void;
  onRemove: (fileId: string) => void;
}

/** The notice's images while it is written: previews, a 删除 button under each, 添加图片, upload progress and errors. */
export function NoticeImagesField({ images, room, progress, error, onAdd, onRemove }: Props) {
  return (
    <View className="field" data-testid="notice-images">
      <Text className="field-label">图片（可不添加，最多{NOTICE_LIMITS.imagesMax}张）</Text>
      {images.length ? (
        <View className="image-grid">
          {images.map((img, i) => (
            <View key={img.fileId} className="image-thumb" data-testid="notice-image-thumb">
              <Image className="thumb" src={img.preview} mode="aspectFill" />
              <Button className="btn btn-plain btn-small" onClick={() => onRemove(img.fileId)}>
                删除第{i + 1}张
              </Button>
            </View>
          ))}
        </View>
      ) : null}
      {progress ? (
        <Text className="muted" data-testid="notice-images-progress">
          {progress}
        </Text>
      ) : null}
      {room > 0 && !progress ? (
        <Button className="btn btn-plain btn-small" onClick={onAdd}>
          添加图片
        </Button>
      ) : null}
      {error ? (
        <Text className="field-error" data-testid="notice-images-error">
          {error}
        </Text>
      ) : null}
      <Text className="muted">图片发布前会经过微信内容安全检查，只有能看到这条通知的人才能查看。</Text>
    </View>
  );
}
