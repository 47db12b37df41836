/**
 * Uploads, the one server module: images in (store.ts: checked, rebuilt from pixels, stored in the
 * caller's opaque folder), fileIDs checked before any record takes them (attach.ts), temp URLs out.
 */
export { assertAttachable } from './attach';
export { accountKey, incomingFolder, type UploadPurpose } from './folders';
export { callerIncomingFolder, storeFile } from './files';
export { discard, storeImage, type StoredImage } from './store';
export { TEMP_URL_SECONDS, tempUrls } from './temp-urls';
