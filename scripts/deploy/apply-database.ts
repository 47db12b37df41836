import type { IndexSpec } from '../../localcloud/db/types';
import type { DeployClients } from './clients';
import type { CollectionPlan } from './plan';

/** The CloudBase API behind database security rules (called through manager-node's commonService). */
const TCB_SERVICE = ['tcb', '2018-06-08'] as const;

interface RemoteIndex {
  Name: string;
  Unique: boolean;
  Keys: { Name?: string; Direction?: string }[];
}

/**
 * Brings one collection to the plan: creates it if missing, creates declared indexes that are missing and
 * re-creates those whose keys or unique flag differ (an index cannot be altered in place), leaves
 * undeclared indexes alone (reported), and sets the rule that denies every direct client access.
 */
export async function applyCollection(
  c: CollectionPlan,
  envId: string,
  clients: DeployClients,
  note: (line: string) => void,
): Promise<string[]> {
  const { database } = clients.manager;
  const changes: string[] = [];
  const created = await database.createCollectionIfNotExists(c.name);
  if (created.IsCreated) changes.push(`collection ${c.name}: created`);

  const remote = ((await database.describeCollection(c.name)).Indexes ?? []) as RemoteIndex[];
  const byName = new Map(remote.map((ix) => [ix.Name, ix]));
  const stale = c.indexes.filter((ix) => byName.has(ix.name) && !sameIndex(ix, byName.get(ix.name) as RemoteIndex));
  const missing = c.indexes.filter((ix) => !byName.has(ix.name));
  if (stale.length) {
    await database.updateCollection(c.name, { DropIndexes: stale.map((ix) => ({ IndexName: ix.name })) });
  }
  const toCreate = [...stale, ...missing];
  if (toCreate.length) {
    await database.updateCollection(c.name, {
      CreateIndexes: toCreate.map((ix) => ({
        IndexName: ix.name,
        MgoKeySchema: {
          MgoIndexKeys: ix.keys.map(([name, direction]) => ({ Name: name, Direction: String(direction) })),
          MgoIsUnique: ix.unique === true,
        },
      })),
    });
  }
  for (const ix of stale)
    changes.push(`collection ${c.name}: index ${ix.name} re-created (keys or unique flag differed)`);
  for (const ix of missing)
    changes.push(`collection ${c.name}: index ${ix.name}${ix.unique ? ' (unique)' : ''} created`);
  const undeclared = remote.filter((ix) => ix.Name !== '_id_' && !c.indexes.some((d) => d.name === ix.Name));
  for (const ix of undeclared)
    note(`note: collection ${c.name} has index ${ix.Name}, not declared in localcloud/indexes/ (left as is)`);

  const tcb = clients.manager.commonService(...TCB_SERVICE);
  const rule = await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: c.name } });
  if (rule?.AclTag !== c.acl) {
    await tcb.call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: c.name, AclTag: c.acl } });
    changes.push(`collection ${c.name}: rule ${rule?.AclTag ?? 'none'} → ${c.acl}`);
  }
  return changes;
}

function sameIndex(declared: IndexSpec, remote: RemoteIndex): boolean {
  if ((declared.unique === true) !== Boolean(remote.Unique)) return false;
  if (declared.keys.length !== remote.Keys.length) return false;
  return declared.keys.every(
    ([name, direction], i) => remote.Keys[i].Name === name && Number(remote.Keys[i].Direction) === direction,
  );
}
