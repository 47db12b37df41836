import { useState } from 'react';
import type { Contract } from '@types-contract/common/contract';
import type { inlineImage } from '@types-contract/common/uploads';
import { useAction } from '../cloud';
import { pickPhoto } from './pick-photo';

/** An upload action: an inline image in, the stored file's id (in the caller's own folder) out. */
export type PhotoUploadContract = Contract<typeof inlineImage, { fileID: string }>;

/**
 * Photos for a form: pick, upload at once through the feature's upload action (so the form sends only
 * file ids, which its function checks lie in the caller's folder), remove. The one way every form does it.
 */
export function usePhotoUploads(contract: PhotoUploadContract) {
  const upload = useAction(contract);
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
