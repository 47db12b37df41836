import { IMAGE_TYPES, type ImageType } from '@types-contract/common/uploads';
import { uploadCorrectionPhoto } from '@types-contract/profile/requests';
import { callAction, CloudError } from '../../lib/cloud';

export interface CorrectionPhoto {
  fileID: string;
  previewUrl: string;
}

function choose(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMAGE_TYPES.join(',');
    input.style.display = 'none';
    input.onchange = () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    };
    document.body.appendChild(input);
    input.click();
  });
}

const dataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

// H5: a plain file input; the bytes go inline to the cloud, which checks and stores them.
export async function pickCorrectionPhoto(): Promise<CorrectionPhoto | null> {
  const file = await choose();
  if (!file) return null;
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) throw new CloudError('INVALID_INPUT', '只能上传 JPG、PNG 或 WebP 图片');
  const url = await dataUrl(file);
  const { fileID } = await callAction(uploadCorrectionPhoto, { contentType: file.type as ImageType, dataBase64: url.slice(url.indexOf(',') + 1) });
  return { fileID, previewUrl: url };
}
