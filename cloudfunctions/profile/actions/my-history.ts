import { myHistory } from '../../../types/profile/queries';
import { defineAction } from '../../_kernel/action';
import { ownFile } from '../../_files/actor';
import { fileHistory } from '../../_files/history';
import { toHistoryView } from '../../_files/views';

/** Every change of my file: who, when, before and after (numbers masked). */
export default defineAction(myHistory, async ({ forVeteranId }, ctx) => {
  const { veteranId } = ownFile(await ctx.caller(), forVeteranId);
  return { items: (await fileHistory(ctx.read, veteranId)).map(toHistoryView) };
});
