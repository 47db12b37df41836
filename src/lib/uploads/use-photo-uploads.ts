import { useState } from 'react';
import type { Contract, InputOf } from '@types-contract/common/contract';
import type { imageUpload, UploadSource } from '@types-contract/common/uploads';
import type { CloudError } from '../cloud';
import { toCloudError } from '../cloud/use-query';
import { pickImages } from './pick-images';
import { uploadImage } from './upload-image';

/** An upload action: an image in (fileID on weapp, bytes on H5), the stored file's id out. */
export type PhotoUploadContract = Contract<typeof imageUpload, { fileID: string }>;

/** A photo of the form: its stored file's id and what shows it (the picked file, or a link to one kept). */
export interface PhotoItem {
  fileID: string;
  previewUrl: string;
}

/**
 * Photos for a form: pick, upload at once through the feature's upload action (so the form sends only
 * file ids, which its function checks are the caller's), remove. The one way every form does it.
 * `input` adds the upload action's own fields (e.g. the activity); `initial` are photos the record holds.
 */
export function usePhotoUploads<C extends Contract = PhotoUploadContract>(
  contract: C,
  max = 9,
  options: { input?: (source: UploadSource) => InputOf<C>; initial?: PhotoItem[] } = {},
) {
  const [items, setItems] = useState<PhotoItem[]>(options.initial ?? []);
  const input = options.input ?? ((source: UploadSource) => source as InputOf<C>);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | undefined>();
  const add = async () => {
    setError(undefined);
    try {
      const paths = await pickImages(Math.min(1, max - items.length));
      setBusy(true);
      for (const path of paths) {
        const stored = (await uploadImage(contract, path, input)) as { fileID: string };
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
