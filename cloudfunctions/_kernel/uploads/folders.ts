import { newId } from '../ids';
import type { Pii } from '../pii';

/**
 * Where uploads live. Every account has one folder, `uploads/<key>/`, whose key is a keyed hash of the
 * account id (the openid): opaque, stable, and never the openid, which fileIDs and links would show.
 *   uploads/<key>/incoming/<random>.<ext>        what the mini-program puts there itself (Taro.cloud.uploadFile)
 *   uploads/<key>/<purpose>/<nonce>-<mac>.<ext>  what the functions stored after checking and re-encoding;
 *                                                the mac (keyed) tells such a file from one a client wrote
 * Supervision photos are the exception: anonymous random paths, no account in them at all.
 */
export const UPLOAD_PURPOSES = [
  'requests',
  'visits',
  'corrections',
  'assist',
  'groups',
  'notices',
  'ledger-import',
  'party-meetings',
  'activities',
] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

export const SUPERVISION_INCOMING = 'supervision/incoming/';
export const SUPERVISION_PHOTOS = 'supervision/photos/';

/** The account's opaque folder key (32 hex characters). */
export function accountKey(pii: Pii, openid: string): string {
  return pii.tag('upload-folder', openid).slice(0, 32);
}

export function accountFolder(pii: Pii, openid: string): string {
  return `uploads/${accountKey(pii, openid)}/`;
}

/** Where the caller's mini-program uploads before an action checks and stores the file. */
export function incomingFolder(pii: Pii, openid: string): string {
  return `${accountFolder(pii, openid)}incoming/`;
}

function mac(pii: Pii, folder: string, nonce: string, ext: string): string {
  return pii.tag('upload-name', `${folder}${nonce}.${ext}`).slice(0, 20);
}

/** A new path for a file the function stores for the caller, for `purpose`. */
export function storedPath(pii: Pii, openid: string, purpose: UploadPurpose, ext: string): string {
  const folder = `${accountFolder(pii, openid)}${purpose}/`;
  const nonce = newId();
  return `${folder}${nonce}-${mac(pii, folder, nonce, ext)}.${ext}`;
}

/** The path inside the bucket of a cloud fileID (`cloud://<env>.<bucket>/<path>`), or null. */
export function pathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/]+\/([A-Za-z0-9/_.-]+)$/.exec(fileId);
  if (!match || match[1].split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
  return match[1];
}

/** Whether `fileId` is a file the functions stored for this caller for `purpose` (not one a client wrote). */
export function isStoredFor(pii: Pii, openid: string, purpose: UploadPurpose, fileId: string): boolean {
  const path = pathOf(fileId);
  const folder = `${accountFolder(pii, openid)}${purpose}/`;
  if (!path?.startsWith(folder)) return false;
  const name = /^([0-9a-f]{32})-([0-9a-f]{20})\.([a-z]{3,4})$/.exec(path.slice(folder.length));
  return Boolean(name && mac(pii, folder, name[1], name[3]) === name[2]);
}

/** Whether `fileId` is something the caller's mini-program uploaded into its own incoming folder. */
export function isOwnIncoming(pii: Pii, openid: string, fileId: string, extensions: RegExp): boolean {
  const path = pathOf(fileId);
  const folder = incomingFolder(pii, openid);
  if (!path?.startsWith(folder)) return false;
  const name = path.slice(folder.length);
  return /^[A-Za-z0-9_-]{8,64}\.[a-z]{3,4}$/i.test(name) && extensions.test(name);
}

export function isSupervisionIncoming(fileId: string): boolean {
  const path = pathOf(fileId);
  return Boolean(path && new RegExp(`^${SUPERVISION_INCOMING}[A-Za-z0-9_-]{8,64}\\.(jpe?g|png)$`, 'i').test(path));
}
