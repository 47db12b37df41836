import type { ImageType } from '@types-contract/common/uploads';
import { IMAGE_TYPES } from '@types-contract/common/uploads';

export interface PickedPhoto {
  contentType: ImageType;
  dataBase64: string;
  previewUrl: string;
}

// H5: a plain file input (no Taro.cloud in the browser); the function checks type and size again.
export function pickPhoto(): Promise<PickedPhoto | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMAGE_TYPES.join(',');
    input.style.display = 'none';
    input.setAttribute('data-testid', 'photo-input');
    input.onchange = () => {
      const file = input.files?.[0];
      input.remove();
      if (!file || !(IMAGE_TYPES as readonly string[]).includes(file.type)) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => {
        const url = String(reader.result);
        resolve({ contentType: file.type as ImageType, dataBase64: url.slice(url.indexOf(',') + 1), previewUrl: url });
      };
      reader.onerror = () => resolve(null);
      reader.readAsDataURL(file);
    };
    document.body.appendChild(input);
    input.click();
  });
}
