import { myHistory } from '../../../types/profile/queries';
import { defineAction } from '../../_kernel/action';
import { ownFile } from '../../_domain/dossier/actor';
import { fileHistory } from '../../_domain/dossier/history';
import { toHistoryView } from '../../_domain/dossier/views';

/** Every change of my file: who, when, before and after (numbers masked). */
export default defineAction(myHistory, async ({ forVeteranId }, ctx) => {
  const { veteranId } = ownFile(await ctx.caller(), forVeteranId);
  return { items: (await fileHistory(ctx.read, veteranId)).map(toHistoryView) };
});
