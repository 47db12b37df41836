import type { LocalCloud } from '../../localcloud';
import { localSdk } from '../../scripts/seed-local';
import type { VeteranDoc } from '../../types/veteran/model';

/**
 * Binds `n` unbound veterans matching `where` to accounts `<prefix>-<i>`, as a registration would leave them
 * (the file's openid and an account naming the file), through the real SDK. Answers the openids.
 */
export async function bindVeterans(
  cloud: LocalCloud,
  where: Record<string, unknown>,
  n: number,
  prefix: string,
  at: Date,
): Promise<string[]> {
  const db = localSdk(cloud).database();
  const free = (
    cloud.db.browse('veterans', JSON.stringify({ ...where, openid: null }), 0, n).docs as VeteranDoc[]
  ).slice(0, n);
  if (free.length < n) throw new Error(`only ${free.length} unbound veterans match ${JSON.stringify(where)}`);
  const openids: string[] = [];
  for (const [i, v] of free.entries()) {
    const openid = `${prefix}-${i}`;
    await db.collection('veterans').doc(v._id).update({ data: { openid } });
    await db.collection('accounts').add({
      data: { _id: openid, veteranId: v._id, staffIds: [], supervisorIds: [], registrationId: null, createdAt: at },
    });
    openids.push(openid);
  }
  return openids;
}
