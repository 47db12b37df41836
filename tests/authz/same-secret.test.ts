/** @jest-environment node */
import { sameSecret } from '../../cloudfunctions/_kernel/same-secret';

describe('sameSecret: a secret sent is the expected one only if every character is', () => {
  const expected = 'Qk3v9xT2mZ8rL5wN1pC7yA';

  test('the same text is accepted', () => {
    expect(sameSecret(expected, expected)).toBe(true);
    expect(sameSecret('483920', '483920')).toBe(true);
    expect(sameSecret('', '')).toBe(true);
    expect(sameSecret('签到码一', '签到码一')).toBe(true);
  });

  test('a difference anywhere, a prefix, a longer text, or another case is refused', () => {
    expect(sameSecret(`X${expected.slice(1)}`, expected)).toBe(false);
    expect(sameSecret(`${expected.slice(0, -1)}X`, expected)).toBe(false);
    expect(sameSecret(expected.slice(0, 21), expected)).toBe(false);
    expect(sameSecret(`${expected}=`, expected)).toBe(false);
    expect(sameSecret(expected.toLowerCase(), expected)).toBe(false);
    expect(sameSecret('', expected)).toBe(false);
    expect(sameSecret('483921', '483920')).toBe(false);
    expect(sameSecret('签到码二', '签到码一')).toBe(false);
  });
});
