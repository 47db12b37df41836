import { newCode } from '../../_kernel/ids';
import { shanghaiDay } from '../../../types/common/shanghai-time';

/** A reference number a person can read out: prefix, Shanghai date, 5 random characters (LZ20261129-7KQ2M). */
export function refNo(prefix: 'LZ' | 'ZF', now: Date): string {
  return `${prefix}${shanghaiDay(now).replace(/-/g, '')}-${newCode(5)}`;
}
