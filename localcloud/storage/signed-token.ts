import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * HMAC-signed, expiring tokens: the only way to reach a stored file (temp URLs) or to upload one
 * (the URL getUploadMetadata hands out). Knowing a fileID is not enough.
 */
export class TokenSigner {
  private readonly secret: Buffer;

  constructor(secret?: Buffer) {
    this.secret = secret ?? randomBytes(32);
  }

  sign(payload: Record<string, unknown>, expiresAt: Date): string {
    const body = Buffer.from(JSON.stringify({ ...payload, exp: expiresAt.getTime() })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The payload when the token is authentic and not expired at `now`, else null. */
  verify(token: string, now: Date): Record<string, unknown> | null {
    const dot = token.indexOf('.');
    if (dot <= 0) return null;
    const body = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(body));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return null;
    }
    if (typeof payload.exp !== 'number' || payload.exp <= now.getTime()) return null;
    return payload;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** A secret kept in the data folder, so temp URLs handed out before a restart stay valid until they expire. */
export function loadOrCreateSecret(dataDir: string | null): Buffer {
  if (!dataDir) return randomBytes(32);
  const file = path.join(dataDir, 'url-secret');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  const secret = randomBytes(32);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, secret.toString('hex'), { mode: 0o600 });
  return secret;
}
