import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a secret someone sent (a check-in code, a scan token, the bootstrap code) is the expected one, in a
 * time that shows neither where the two first differ nor how long the expected one is: both are hashed to 32
 * bytes and compared with `timingSafeEqual`. `===` stops at the first different character.
 */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
