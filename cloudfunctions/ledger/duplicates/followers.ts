import type { AccountDoc, RegistrationDoc } from '../../../types/account/model';
import type { ProxyCodeDoc } from '../../../types/veteran/records';
import type { Reader } from '../../_kernel/store';
import { txGet, type Tx } from '../../_kernel/transaction';

/**
 * What names a file without owning history, and must name the kept file after a merge: family members acting
 * for the person (代办, `accounts.proxyFor`), proxy codes not yet used, and registrations waiting for a grid
 * member with the file as their match. Left on the retired file, the family member would lose the file, the
 * code would grant a file that is gone, and the registration could not be approved.
 */
export interface Followers {
  proxies: string[];
  codes: string[];
  registrations: string[];
}

/** The accounts, codes and registrations naming `retireId` (at most `cap` + 1 of each, for the cap check). */
export async function followersOf(read: Reader, retireId: string, cap: number): Promise<Followers> {
  const ids = { limit: cap + 1, fields: { _id: true } };
  const [proxies, codes, registrations] = await Promise.all([
    read.many<{ _id: string }>('accounts', { 'proxyFor.veteranId': retireId }, ids),
    read.many<{ _id: string }>('proxyCodes', { veteranId: retireId, usedBy: null }, ids),
    read.many<{ _id: string }>('registrations', { candidateVeteranId: retireId, status: 'pending' }, ids),
  ]);
  const idsOf = (docs: { _id: string }[]) => docs.map((d) => d._id);
  return { proxies: idsOf(proxies), codes: idsOf(codes), registrations: idsOf(registrations) };
}

export const followerCount = (f: Followers) => f.proxies.length + f.codes.length + f.registrations.length;

/**
 * Inside the merge's transaction: each follower names the kept file instead, read again in the transaction.
 * A family member already acting for the kept file keeps one entry; the kept file's own account does not
 * act for itself. Returns the family members who now act for the kept file.
 */
export async function moveFollowers(
  tx: Tx,
  f: Followers,
  keep: { _id: string; openid?: string | null },
  retireId: string,
): Promise<number> {
  let proxies = 0;
  for (const openid of f.proxies) {
    const account = await txGet<AccountDoc>(tx, 'accounts', openid);
    const entries = account?.proxyFor ?? [];
    const retired = entries.find((p) => p.veteranId === retireId);
    if (!retired) continue;
    const others = entries.filter((p) => p.veteranId !== retireId);
    const follows = openid !== keep.openid && !others.some((p) => p.veteranId === keep._id);
    const proxyFor = follows ? [...others, { ...retired, veteranId: keep._id }] : others;
    if (follows) proxies += 1;
    await tx.collection('accounts').doc(openid).update({ data: { proxyFor } });
  }
  for (const code of f.codes) {
    const doc = await txGet<ProxyCodeDoc>(tx, 'proxyCodes', code);
    if (doc?.veteranId === retireId && !doc.usedBy)
      await tx
        .collection('proxyCodes')
        .doc(code)
        .update({ data: { veteranId: keep._id } });
  }
  for (const id of f.registrations) {
    const reg = await txGet<RegistrationDoc>(tx, 'registrations', id);
    if (reg?.candidateVeteranId === retireId && reg.status === 'pending')
      await tx
        .collection('registrations')
        .doc(id)
        .update({ data: { candidateVeteranId: keep._id } });
  }
  return proxies;
}
