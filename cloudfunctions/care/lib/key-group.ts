import type { VeteranDoc } from '../../../types/veteran/model';

/** The key group a veteran belongs to (80+ at `cutoff`, hardship, contribution, decorated), or null. */
export function keyGroupOf(v: Pick<VeteranDoc, 'birthDate' | 'keyGroups'>, aged80Cutoff: string): string | null {
  if (v.keyGroups?.hardship) return '特困';
  if (v.keyGroups?.contribution) return '重大贡献';
  if (v.keyGroups?.decorated) return '立功受奖';
  if (v.birthDate && v.birthDate <= aged80Cutoff) return '80岁以上';
  return null;
}
