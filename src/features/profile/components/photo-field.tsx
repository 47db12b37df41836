import { useState } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import { uploadCorrectionPhoto } from '@types-contract/profile/requests';
import { CloudError } from '../../../lib/cloud';
import { pickImages, uploadImage } from '../../../lib/uploads';

export interface CorrectionPhoto {
  fileID: string;
  previewUrl: string;
}

/** Picks a photo and stores it through the profile function, in the caller's own upload folder (weapp and H5 alike). */
async function pickCorrectionPhoto(): Promise<CorrectionPhoto | null> {
  const [path] = await pickImages(1);
  if (!path) return null;
  const { fileID } = await uploadImage(uploadCorrectionPhoto, path, (source) => source);
  return { fileID, previewUrl: path };
}

/** 证明照片（可选）: e.g. a photo of the certificate, for the grid member to check against. */
export function PhotoField({
  photo,
  onChange,
}: {
  photo: CorrectionPhoto | null;
  onChange: (p: CorrectionPhoto | null) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const pick = async () => {
    setBusy(true);
    setError('');
    try {
      const picked = await pickCorrectionPhoto();
      if (picked) onChange(picked);
    } catch (e) {
      setError(e instanceof CloudError ? e.message : '照片上传失败，请重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="field" data-testid="photo-field">
      <Text className="field-label">证明照片（可选）</Text>
      {photo ? (
        <View className="list-item">
          <Image className="request-photo" src={photo.previewUrl} mode="aspectFill" />
          <Text className="text-block">已添加照片</Text>
          <Button className="btn btn-plain btn-small" onClick={() => onChange(null)}>
            删除
          </Button>
        </View>
      ) : (
        <Button className="btn btn-plain" disabled={busy || undefined} onClick={() => void pick()}>
          {busy ? '正在上传…' : '添加照片（如证件照片）'}
        </Button>
      )}
      {error ? <Text className="field-error">{error}</Text> : null}
    </View>
  );
}
