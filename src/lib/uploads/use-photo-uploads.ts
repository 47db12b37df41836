import { useState } from 'react';
import type { Contract } from '@types-contract/common/contract';
import type { imageUpload } from '@types-contract/common/uploads';
import type { CloudError } from '../cloud';
import { toCloudError } from '../cloud/use-query';
import { pickImages } from './pick-images';
import { uploadImage } from './upload-image';

/** An upload action: an image in (fileID on weapp, bytes on H5), the stored file's id out. */
export type PhotoUploadContract = Contract<typeof imageUpload, { fileID: string }>;

/**
 * Photos for a form: pick, upload at once through the feature's upload action (so the form sends only
 * file ids, which its function checks are the caller's), remove. The one way every form does it.
 */
export function usePhotoUploads(contract: PhotoUploadContract, max = 9) {
  const [items, setItems] = useState<{ fileID: string; previewUrl: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | undefined>();
  const add = async () => {
    setError(undefined);
    try {
      const paths = await pickImages(Math.min(1, max - items.length));
      setBusy(true);
      for (const path of paths) {
        const stored = await uploadImage(contract, path, (source) => source);
        setItems((list) => [...list, { fileID: stored.fileID, previewUrl: path }]);
      }
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  return {
    fileIds: items.map((i) => i.fileID),
    previews: items.map((i) => i.previewUrl),
    busy,
    error: error?.message,
    add: () => void add(),
    remove: (index: number) => setItems((list) => list.filter((_, i) => i !== index)),
    clear: () => setItems([]),
  };
}
