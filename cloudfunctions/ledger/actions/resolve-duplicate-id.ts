import { AppError } from '../../../types/common/errors';
import { resolveDuplicateId } from '../../../types/ledger/duplicates';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { correctIdNumber } from '../duplicates/correct';
import { mergeFiles } from '../duplicates/merge';

const MISSING = () => new AppError('NOT_FOUND', '没有找到该档案');

/**
 * A district admin resolves files sharing an ID number: merges two files of one person, or corrects the
 * number of one of them (types/ledger/duplicates.ts). Authorized on every file named before anything else
 * is looked at, so a stranger learns nothing about the files.
 */
export default defineAction(resolveDuplicateId, async (input, ctx) => {
  const load = async (id: string) => {
    const file = await ctx.read.byId<VeteranDoc>('veterans', id);
    return ctx.authorizeFound('ledger:duplicates', file, MISSING());
  };
  if (input.way === 'correct') {
    const { me, thing } = await load(input.veteranId);
    await correctIdNumber(ctx, me, thing, input);
    return { resolved: 'corrected' as const, moved: 0 };
  }
  const keep = await load(input.keepId);
  const retire = await load(input.retireId);
  const moved = await mergeFiles(
    ctx,
    keep.me,
    keep.thing,
    retire.thing,
    { keep: input.keepVersion, retire: input.retireVersion },
    input.note,
  );
  return { resolved: 'merged' as const, moved };
});
