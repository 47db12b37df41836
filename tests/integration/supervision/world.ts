import { startStack, type Stack } from '../../support/stack';
import { seedIfEmpty } from '../../../scripts/seed-local';
import { examSitePhoto, withExif } from '../../support/photos';

/** The tiny demo district at a fixed moment: this year's recruitment has its approval 公示 open. */
export const NOW = new Date('2026-11-29T02:00:00Z');
export const YEAR = 2026;

export const WHO = {
  integrity: { openid: 'demo-integrity-supervisor', name: '苏明远', supervisorId: 'sv-u-recruit-01' },
  conduct: { openid: 'demo-conduct-supervisor', name: '杜秀兰', supervisorId: 'sv-u-amr-01' },
  head: 'demo-recruitment-head',
  staff: 'demo-recruitment-staff',
  agency: 'demo-agency-staff',
  veteran: 'demo-veteran-1',
  newUser: 'wx-never-seen',
} as const;

export const STAGE = (kind: string) => `stg-u-recruit-${YEAR}-${kind}`;

export async function seededStack(): Promise<Stack> {
  const stack = await startStack({ clock: NOW });
  await seedIfEmpty(stack.cloud, 'tiny');
  return stack;
}

/** The exam-site photo with EXIF naming the reporter, base64 as the H5 client sends it. */
export function taggedPhotoBase64(secret: string): string {
  return `data:image/jpeg;base64,${withExif(examSitePhoto(), secret).toString('base64')}`;
}

/** Every way the reporter could be named in an answer. */
export function identityStrings(who: { openid: string; name: string; supervisorId: string }): string[] {
  return [who.openid, who.name, who.supervisorId];
}

/** Which of `needles` appear anywhere in the JSON of `answer`. */
export function leaked(answer: unknown, needles: string[]): string[] {
  const text = JSON.stringify(answer);
  return needles.filter((n) => text.includes(n));
}
