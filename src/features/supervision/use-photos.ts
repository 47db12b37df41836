import { useState } from 'react';
import { MAX_PHOTOS, stagePhoto } from '@types-contract/supervision/reports';
import type { CloudError } from '../../lib/cloud';
import { toCloudError } from '../../lib/cloud/use-query';
import { pickImages, uploadImage } from '../../lib/uploads';

export interface PickedPhoto {
  preview: string;
  photoId: string;
}

/**
 * Photos for a report: picked from the camera or album, each stored as soon as it is picked (rebuilt
 * from its pixels by the cloud; on weapp uploaded to the anonymous supervision folder first).
 */
export function usePhotos() {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<CloudError | undefined>();

  const pick = async () => {
    setError(undefined);
    try {
      const paths = await pickImages(MAX_PHOTOS - photos.length);
      setUploading(true);
      for (const path of paths) {
        // stagePhoto takes the bytes or the fileID alone (the cloud reads the type from the bytes).
        const { photoId } = await uploadImage(stagePhoto, path, ({ fileID, dataBase64 }) => ({ fileID, dataBase64 }), {
          anonymous: true,
        });
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
