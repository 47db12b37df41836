import { useState } from 'react';
import { uploadRequestPhoto } from '@types-contract/requests/submit';
import { useAction } from '../../lib/cloud';
import { pickPhoto } from './pick-photo';

/** Photos for a form: pick, upload at once (so the form sends only file ids), remove. */
export function usePhotos() {
  const upload = useAction(uploadRequestPhoto);
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
