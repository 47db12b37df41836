import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { applicationEvidence } from '@types-contract/assist/applications';
import { useAction } from '../../../lib/cloud';

/** The evidence of an application, fetched on a tap as short-lived links (only those allowed get them). */
export function EvidencePhotos({ id, count }: { id: string; count: number }) {
  const load = useAction(applicationEvidence);
  if (!count) return <Text className="muted">未附证明材料</Text>;
  const urls = load.data?.urls;
  return (
    <View className="field" data-testid="evidence">
      {urls ? (
        <View className="photo-strip">
          {urls.map((u) => (
            <Image
              key={u}
              className="request-photo"
              src={u}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls, current: u })}
            />
          ))}
        </View>
      ) : (
        <Button
          className="btn btn-plain btn-small"
          data-testid="show-evidence"
          disabled={load.loading}
          onClick={() => void load.run({ id })}
        >
          查看证明材料（{count} 张）
        </Button>
      )}
      {load.error ? <Text className="field-error">{load.error.message}</Text> : null}
    </View>
  );
}
