import { useState } from 'react';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@types-contract/supervision/reports';
import type { CloudError } from '../../lib/cloud';
import { toCloudError } from '../../lib/cloud/use-query';
import { uploadReportPhoto } from './photo-upload';

export interface PickedPhoto {
  preview: string;
  photoId: string;
}

/** Photos for a report: picked from the camera or album, each stored (stripped) as soon as it is picked. */
export function usePhotos() {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<CloudError | undefined>();

  const pick = async () => {
    setError(undefined);
    let paths: string[];
    try {
      const res = await Taro.chooseImage({
        count: MAX_PHOTOS - photos.length,
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
      });
      paths = res.tempFilePaths;
    } catch {
      return; // the person closed the picker
    }
    setUploading(true);
    try {
      for (const path of paths) {
        const photoId = await uploadReportPhoto(path);
        setPhotos((list) => [...list, { preview: path, photoId }]);
      }
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setUploading(false);
    }
  };

  const remove = (photoId: string) => setPhotos((list) => list.filter((p) => p.photoId !== photoId));
  return { photos, uploading, error, pick, remove, full: photos.length >= MAX_PHOTOS };
}
