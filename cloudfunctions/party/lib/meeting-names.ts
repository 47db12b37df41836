import type { MeetingView } from '../../../types/party/meetings';
import type { BranchDoc, MeetingDoc, SmallGroupDoc } from '../../../types/party/model';
import type { ActionContext } from '../../_kernel/action';
import { tempUrls } from '../../_kernel/uploads';
import { meetingView } from './views';

/** A meeting's view with its branch's and small group's names and 10-minute links to its photos. */
export async function viewOf(ctx: ActionContext, m: MeetingDoc): Promise<MeetingView> {
  const [branch, group, urls] = await Promise.all([
    ctx.read.byId<BranchDoc>('partyBranches', m.branchId),
    m.smallGroupId ? ctx.read.byId<SmallGroupDoc>('partySmallGroups', m.smallGroupId) : Promise.resolve(null),
    m.photoFileIds.length ? tempUrls(ctx, m.photoFileIds) : Promise.resolve(new Map<string, string>()),
  ]);
  return meetingView(
    m,
    { branch: branch?.name ?? '', smallGroup: group?.name ?? '' },
    m.photoFileIds.map((id) => urls.get(id) ?? '').filter(Boolean),
  );
}
