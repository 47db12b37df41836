import { createPii, DEV_PII_KEY, type Pii } from './pii';
import { isLocalCloud } from './runtime';

let cached: Pii | null = null;

/**
 * The PII codec from the functions' environment. The local cloud may use the development key; anywhere
 * else a missing key or the development key stops the function before it touches any data.
 */
export function piiFromEnv(): Pii {
  if (cached) return cached;
  const key = process.env.VETGRID_PII_KEY;
  if (!isLocalCloud()) {
    if (!key) throw new Error('VETGRID_PII_KEY is not set: configure it in the cloud function environment');
    if (key === DEV_PII_KEY) throw new Error('VETGRID_PII_KEY is the development key: refusing to run in production');
  }
  cached = createPii(key || DEV_PII_KEY);
  return cached;
}
