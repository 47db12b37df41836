import { useEffect, useState } from 'react';
import { NOTICE_LIMITS } from '@types-contract/notices/model';
import { uploadNoticeImage } from '@types-contract/notices/contracts';
import type { CloudError } from '../../../lib/cloud';
import { FIT_FOR_CHECK, pickImages, uploadImage } from '../../../lib/uploads';
import { toCloudError } from '../../../lib/cloud/use-query';

export interface NoticeImage {
  fileId: string;
  /** What the page shows: the picked file itself, or a stored image's temp URL. */
  preview: string;
}

/**
 * The images of a notice being written: pick (up to NOTICE_LIMITS.imagesMax), upload one by one with
 * progress, remove. The cloud checks each image when it is uploaded (a refusal shows at once); when publishing refuses one (`serverError` on `imageFileIds.N`), it has
 * already deleted that file: it leaves the list, and the reason stays on screen.
 */
export function useNoticeImages(initial: NoticeImage[], serverError: CloudError | undefined) {
  const [images, setImages] = useState<NoticeImage[]>(initial);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const room = NOTICE_LIMITS.imagesMax - images.length;

  useEffect(() => {
    const index = /^imageFileIds\.(\d+)$/.exec(serverError?.field ?? '')?.[1];
    if (!serverError || index === undefined) return;
    setError(serverError.message);
    if (serverError.code !== 'INTERNAL') setImages((list) => list.filter((_, i) => i !== Number(index)));
  }, [serverError]);

  const add = async () => {
    setError(null);
    if (room <= 0) return setError(`最多${NOTICE_LIMITS.imagesMax}张图片`);
    let paths: string[];
    try {
      paths = await pickImages(room);
    } catch (err) {
      setError(toCloudError(err).message);
      return;
    }
    for (const [i, path] of paths.entries()) {
      setProgress(`正在上传第${i + 1}张，共${paths.length}张…`);
      try {
        const { fileId } = await uploadImage(uploadNoticeImage, path, (source) => source, { fit: FIT_FOR_CHECK });
        setImages((list) => [...list, { fileId, preview: path }]);
      } catch (err) {
        setError(`第${i + 1}张图片上传失败：${toCloudError(err).message}`);
      }
    }
    setProgress(null);
  };

  const remove = (fileId: string) => {
    setError(null);
    setImages((list) => list.filter((img) => img.fileId !== fileId));
  };

  return { images, fileIds: images.map((img) => img.fileId), room, progress, error, add, remove };
}
