import { stagePhoto } from '@types-contract/supervision/reports';
import { callAction, uploadToStorage } from '../../lib/cloud';

function randomName(): string {
  let name = '';
  for (let i = 0; i < 32; i++) name += Math.floor(Math.random() * 16).toString(16);
  return name;
}

/**
 * Mini-program: the photo goes to cloud storage's incoming folder under a random name, then the cloud
 * re-stores it without its metadata (and deletes the upload). Answers the photo's id for the report.
 */
export async function uploadReportPhoto(filePath: string): Promise<string> {
  const ext = /\.png$/i.test(filePath) ? 'png' : 'jpg';
  const fileID = await uploadToStorage(`supervision/incoming/${randomName()}.${ext}`, filePath);
  const { photoId } = await callAction(stagePhoto, { fileID });
  return photoId;
}
