import { randomBytes } from 'node:crypto';

/** A new document id (32 hex characters, like WeChat Cloud's). */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short human-typable code without look-alike characters (no 0/O, 1/I). */
export function newCode(length = 8): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}
