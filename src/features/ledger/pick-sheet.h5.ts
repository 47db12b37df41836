import { uploadImportSheet } from '@types-contract/ledger/transfer';
import { callAction } from '../../lib/cloud';

export interface PickedSheet {
  name: string;
  fileID: string;
}

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.style.display = 'none';
    input.setAttribute('data-testid', 'sheet-input');
    input.onchange = () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    };
    document.body.appendChild(input);
    input.click();
  });
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// H5: a plain file input; the bytes go to the cloud as base64, which stores them and answers a fileID.
export async function pickSheet(): Promise<PickedSheet | null> {
  const file = await chooseFile();
  if (!file) return null;
  const { fileID } = await callAction(uploadImportSheet, { dataBase64: await readBase64(file) });
  return { name: file.name, fileID };
}
