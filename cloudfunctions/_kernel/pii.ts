import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for ID numbers and phones (AES-256-GCM) and keyed hashes (HMAC-SHA256) to match
 * them without decrypting. Both keys derive from one master key (32 bytes, base64) by HKDF.
 */
export interface Pii {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash of a normalised value: equal inputs give equal hashes. */
  blindIndex(kind: 'id' | 'phone', plain: string): string;
  /** A keyed hash (hex) for names that must not show what they come from, e.g. an upload folder's key. */
  tag(context: string, value: string): string;
}

/** The local cloud's development key. A production deployment refuses to start with it. */
export const DEV_PII_KEY = Buffer.from('vetgrid-local-development-key-00').toString('base64');

export function createPii(masterKeyB64: string): Pii {
  const master = Buffer.from(masterKeyB64, 'base64');
  if (master.length !== 32) throw new Error('PII key must be 32 bytes, base64-encoded');
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'vetgrid-pii-enc', 32));
  const macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'vetgrid-pii-mac', 32));
  const tagKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'vetgrid-tag', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${body.toString('base64')}`;
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed PII value');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
    blindIndex(kind, plain) {
      return createHmac('sha256', macKey).update(`${kind}:${plain.trim().toUpperCase()}`).digest('hex');
    },
    tag(context, value) {
      return createHmac('sha256', tagKey).update(`${context}\0${value}`).digest('hex');
    },
  };
}
