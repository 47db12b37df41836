import type { ActionContext } from '../../_kernel/action';
import { assertAttachable, discard } from '../../_kernel/uploads';

/**
 * A notice shows images the writer stored through uploadNoticeImage (checked and rebuilt there), or, in
 * an edit, those it already shows; anything else is refused before any write.
 */
export function checkNoticeImages(ctx: ActionContext, fileIds: string[], alreadyIn: string[] = []): void {
  assertAttachable(ctx, fileIds, 'notices', { field: 'imageFileIds', already: alreadyIn });
}

/** Images an edit dropped are deleted from storage (best effort: the notice no longer shows them either way). */
export async function deleteDroppedImages(ctx: ActionContext, before: string[], after: string[]): Promise<void> {
  await discard(
    ctx,
    before.filter((id) => !after.includes(id)),
  );
}
