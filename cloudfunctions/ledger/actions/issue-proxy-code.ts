import { issueProxyCode } from '../../../types/ledger/edits';
import type { ProxyCodeDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { newCode } from '../../_kernel/ids';
import { staffActor } from '../../_domain/dossier/actor';
import { loadFile } from '../../_domain/dossier/load-file';

const WEEK = 7 * 86_400_000;

/** A one-time code for a family member to act for the veteran (代办); valid 7 days. */
export default defineAction(issueProxyCode, async ({ veteranId, relation }, ctx) => {
  const file = await loadFile(ctx.read, veteranId);
  const me = await ctx.authorize('file:keep', file);
  const code = newCode(8);
  const doc: Omit<ProxyCodeDoc, '_id'> = {
    veteranId,
    relation,
    issuedBy: staffActor(me, file.orgPath).id,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + WEEK),
    usedBy: null,
    usedAt: null,
  };
  await ctx.db.collection('proxyCodes').doc(code).set({ data: doc });
  return { code, expiresAt: doc.expiresAt.toISOString() };
});
