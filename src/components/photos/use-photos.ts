import { useState } from 'react';
import type { Contract } from '@types-contract/common/contract';
import type { inlineImage } from '@types-contract/common/uploads';
import { useAction } from '../../lib/cloud';
import { pickPhoto } from './pick-photo';

/** An action that stores one inline image in the caller's upload folder for its feature and answers the file id. */
export type PhotoUpload = Contract<typeof inlineImage, { fileID: string }>;

/** Photos for a form: pick, upload at once through the feature's action (so the form sends only file ids), remove. */
export function usePhotos(uploadAction: PhotoUpload) {
  const upload = useAction(uploadAction);
  const [items, setItems] = useState<{ fileID: string; previewUrl: string }[]>([]);
  const add = async () => {
    const picked = await pickPhoto();
    if (!picked) return;
    const stored = await upload.run({ contentType: picked.contentType, dataBase64: picked.dataBase64 });
    if (stored) setItems((list) => [...list, { fileID: stored.fileID, previewUrl: picked.previewUrl }]);
  };
  return {
    fileIds: items.map((i) => i.fileID),
    previews: items.map((i) => i.previewUrl),
    busy: upload.loading,
    error: upload.error?.message,
    add: () => void add(),
    remove: (index: number) => setItems((list) => list.filter((_, i) => i !== index)),
    clear: () => setItems([]),
  };
}
