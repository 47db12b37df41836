import type { AccountDoc } from '../../types/account/model';
import type { Database } from '../_kernel/sdk';
import { isDuplicateKey } from '../_kernel/store';

/** Creates the caller's account document if it does not exist yet (a duplicate write means it does). */
export async function ensureAccount(db: Database, openid: string, now: Date): Promise<void> {
  const doc: AccountDoc = {
    _id: openid,
    veteranId: null,
    staffIds: [],
    supervisorIds: [],
    registrationId: null,
    createdAt: now,
  };
  try {
    await db.collection('accounts').add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}
