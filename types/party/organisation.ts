import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/** A street or community sets up its 退役军人党支部 (with its explicit group); once per node. */
export const setUpBranch = defineContract<{ branchId: string; groupId: string }>()({
  fn: 'party',
  action: 'setUpBranch',
  input: z.object({ orgId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_EXISTS'],
});

/** A grid's 退役军人党小组 under its community's branch (or its street's where the community has none). */
export const setUpSmallGroup = defineContract<{ smallGroupId: string; groupId: string; branchId: string }>()({
  fn: 'party',
  action: 'setUpSmallGroup',
  input: z.object({ gridId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_EXISTS', 'PRECONDITION_FAILED'],
});

/** Appoints a branch's secretary (a bound party member of the branch) or a party-affairs worker (a bound staff seat). */
export const appointPartyPost = defineContract<{ postId: string }>()({
  fn: 'party',
  action: 'appointPartyPost',
  input: z.discriminatedUnion(
    'post',
    [
      z.object({ post: z.literal('secretary'), branchId: docId, veteranId: docId }).strict(),
      z.object({ post: z.literal('affairs'), orgId: docId, staffId: docId }).strict(),
    ],
    { errorMap: () => ({ message: '请选择党内职务' }) },
  ),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** Takes the branch's membership from the files (party member, this branch, living in the district). */
export const syncBranchMembers = defineContract<{ members: number; bound: number; left: number }>()({
  fn: 'party',
  action: 'syncBranchMembers',
  input: z.object({ branchId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface BranchSummary {
  id: string;
  name: string;
  smallGroups: { id: string; name: string; gridId: string; members: number }[];
  members: number;
}

/** The branches the caller keeps (secretary, party-affairs staff). */
export const myBranches = defineContract<{ items: BranchSummary[] }>()({
  fn: 'party',
  action: 'myBranches',
  input: z.object({}).strict(),
});

export interface MemberLine {
  veteranId: string;
  name: string;
  smallGroupName: string;
  /** Bound to WeChat: reachable by reminders and the group. */
  bound: boolean;
}

/** A branch's members (names only): its secretary and the party-affairs staff over it. */
export const branchMembers = defineContract<{ branch: { id: string; name: string }; items: MemberLine[] }>()({
  fn: 'party',
  action: 'branchMembers',
  input: z.object({ branchId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});
