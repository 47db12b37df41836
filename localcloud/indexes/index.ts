import type { CollectionIndexes } from '../db/types';
import { orgIndexes } from './org';
import { accountIndexes } from './account';
import { notifyIndexes } from './notify';
import { groupsIndexes } from './groups';
import { noticesIndexes } from './notices';
import { ledgerIndexes } from './ledger';
import { careIndexes } from './care';
import { assistIndexes } from './assist';
import { requestsIndexes } from './requests';
import { supervisionIndexes } from './supervision';
import { partyIndexes } from './party';
import { activitiesIndexes } from './activities';
import { rateLimitsIndexes } from './rate-limits';
import { jobsIndexes } from './jobs';
import { exportsIndexes } from './exports';

/**
 * THE list of collections and their indexes. The local cloud creates exactly these (a collection not listed
 * here does not exist until db.createCollection() makes it, as on WeChat Cloud), and this is the list to
 * create in the WeChat Cloud console. Keys are dot paths; `orgPath.N` is element N of the org path array
 * [district, street, community, grid]. An indexed path should hold one kind of scalar (string, number or
 * Date): that is what lets the local cloud answer from the index alone.
 */
export const COLLECTION_INDEXES: CollectionIndexes = {
  ...orgIndexes,
  ...accountIndexes,
  ...notifyIndexes,
  ...groupsIndexes,
  ...noticesIndexes,
  ...ledgerIndexes,
  ...careIndexes,
  ...assistIndexes,
  ...requestsIndexes,
  ...supervisionIndexes,
  ...partyIndexes,
  ...activitiesIndexes,
  ...rateLimitsIndexes,
  ...jobsIndexes,
  ...exportsIndexes,
};
