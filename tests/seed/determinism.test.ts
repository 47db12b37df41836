/** @jest-environment node */
import { createHash } from 'node:crypto';
import { XIANGZHOU } from '../../seed/district/xiangzhou';
import { generateDistrict, type GeneratedDistrict } from '../../seed/generate';
import { generated, optionsFor, pii } from './generated-district';

/**
 * A hash of everything generated. Ciphertexts carry a fresh random IV each time (AES-GCM), so each
 * `*Enc` value is hashed by what it decrypts to; everything else is hashed byte for byte.
 */
function fingerprint(district: GeneratedDistrict): string {
  const json = JSON.stringify(district, (key, value) =>
    key.endsWith('Enc') && typeof value === 'string'
      ? `sealed:${createHash('sha256').update(pii.decrypt(value)).digest('hex')}`
      : value,
  );
  return createHash('sha256').update(json).digest('hex');
}

test('the same seed and size give the same district; another seed gives another', () => {
  const first = generated('full');
  const started = performance.now();
  const second = generateDistrict(XIANGZHOU, optionsFor('full'));
  const secondMs = performance.now() - started;
  const counts = Object.entries(first.district)
    .map(([name, docs]) => `${name} ${(docs as unknown[]).length}`)
    .join(', ');
  console.log(`full district generated in ${Math.round(first.ms)} ms (again: ${Math.round(secondMs)} ms): ${counts}`);

  expect(fingerprint(second)).toBe(fingerprint(first.district));
  const tiny = generated('tiny').district;
  expect(fingerprint(generateDistrict(XIANGZHOU, optionsFor('tiny')))).toBe(fingerprint(tiny));
  expect(fingerprint(generateDistrict(XIANGZHOU, optionsFor('tiny', 7)))).not.toBe(fingerprint(tiny));
});

test('nothing depends on the real clock: every date derives from `now`', () => {
  const later = { ...optionsFor('tiny'), now: new Date('2026-06-01T00:00:00.000Z') };
  const a = generateDistrict(XIANGZHOU, later);
  const b = generateDistrict(XIANGZHOU, later);
  expect(fingerprint(a)).toBe(fingerprint(b));
  expect(a.veterans.every((v) => v.updatedAt.getTime() <= later.now.getTime())).toBe(true);
});
