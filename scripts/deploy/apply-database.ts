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
 * undeclared indexes alone (reported), and sets the rule that denies every direct client access (first).
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

  // The rule first: a collection never stays open to clients because an index below failed.
  const tcb = clients.manager.commonService(...TCB_SERVICE);
  const rule = await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: c.name } });
  if (rule?.AclTag !== c.acl) {
    await tcb.call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: c.name, AclTag: c.acl } });
    changes.push(`collection ${c.name}: rule ${rule?.AclTag ?? 'none'} → ${c.acl}`);
  }

  const remote = ((await database.describeCollection(c.name)).Indexes ?? []) as RemoteIndex[];
  const byName = new Map(remote.map((ix) => [ix.Name, ix]));
  const stale = c.indexes.filter((ix) => byName.has(ix.name) && !sameIndex(ix, byName.get(ix.name) as RemoteIndex));
  const missing = c.indexes.filter((ix) => !byName.has(ix.name));
  if (stale.length) {
    await database.updateCollection(c.name, { DropIndexes: stale.map((ix) => ({ IndexName: ix.name })) });
  }
  const toCreate = [...stale, ...missing];
  // Plain indexes first, in one call; then each unique one alone, so that a unique index the data breaks
  // (two documents with one key: CloudBase refuses to build it) stops the deploy with its own name, after
  // everything else of the collection is in place.
  const plain = toCreate.filter((ix) => ix.unique !== true);
  if (plain.length) await database.updateCollection(c.name, { CreateIndexes: plain.map(createIndex) });
  for (const ix of toCreate.filter((i) => i.unique === true)) {
    try {
      await database.updateCollection(c.name, { CreateIndexes: [createIndex(ix)] });
    } catch (err) {
      // It existed before (not unique, or other keys): put the old one back so queries keep their index.
      const before = byName.get(ix.name);
      if (before)
        await database.updateCollection(c.name, {
          CreateIndexes: [
            {
              IndexName: before.Name,
              MgoKeySchema: {
                MgoIndexKeys: before.Keys.map((k) => ({ Name: k.Name ?? '', Direction: k.Direction ?? '1' })),
                MgoIsUnique: Boolean(before.Unique),
              },
            },
          ],
        });
      throw new Error(uniqueIndexRefused(c.name, ix, err));
    }
  }
  for (const ix of stale)
    changes.push(`collection ${c.name}: index ${ix.name} re-created (keys or unique flag differed)`);
  for (const ix of missing)
    changes.push(`collection ${c.name}: index ${ix.name}${ix.unique ? ' (unique)' : ''} created`);
  const undeclared = remote.filter((ix) => ix.Name !== '_id_' && !c.indexes.some((d) => d.name === ix.Name));
  for (const ix of undeclared)
    note(`note: collection ${c.name} has index ${ix.Name}, not declared in localcloud/indexes/ (left as is)`);

  return changes;
}

function createIndex(ix: IndexSpec) {
  return {
    IndexName: ix.name,
    MgoKeySchema: {
      MgoIndexKeys: ix.keys.map(([name, direction]) => ({ Name: name, Direction: String(direction) })),
      MgoIsUnique: ix.unique === true,
    },
  };
}

/**
 * What to do when CloudBase will not build a unique index: the data already holds two documents with one
 * key. For the files' ID numbers (veterans.id_hash) the district's admin resolves them on 重复档案.
 */
export function uniqueIndexRefused(collection: string, ix: IndexSpec, err: unknown): string {
  const cause = String((err as Error)?.message ?? err);
  const fix =
    collection === 'veterans' && ix.name === 'id_hash'
      ? '已有多份档案的身份证号相同：请区退役军人事务局的管理员在「台账 → 重复档案」中合并或更正，列表清空后重新运行部署。'
      : `请找出 ${collection} 中 ${ix.keys.map(([k]) => k).join(', ')} 相同的文档并处理后重新运行部署。`;
  return `collection ${collection}: unique index ${ix.name} was refused (${cause}). 唯一索引无法建立：${fix} The rest of this collection is deployed; functions were not deployed yet.`;
}

function sameIndex(declared: IndexSpec, remote: RemoteIndex): boolean {
  if ((declared.unique === true) !== Boolean(remote.Unique)) return false;
  if (declared.keys.length !== remote.Keys.length) return false;
  return declared.keys.every(
    ([name, direction], i) => remote.Keys[i].Name === name && Number(remote.Keys[i].Direction) === direction,
  );
}
