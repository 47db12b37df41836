import type { Reader } from '../../_kernel/store';

/**
 * A person's history kept in documents that name their file by a plain `veteranId` field (each indexed
 * by it): merging two files of one person moves these to the kept file, document by document.
 */
export const MOVED_WITH_THE_FILE = [
  'requests',
  'visits',
  'visitTasks',
  'assistance',
  'corrections',
  'fileChanges',
  'volunteerHonours',
  'volunteerCertificates',
] as const;

/**
 * Records keyed by the file's own id (or one per person and activity) that cannot change owner in a
 * transaction without rewriting other people's counts: a file holding any must be the one kept.
 */
const PINNED: { collection: string; label: string; byId: boolean }[] = [
  { collection: 'assistLocks', label: '有进行中的帮扶申请', byId: true },
  { collection: 'volunteers', label: '已登记为志愿者', byId: true },
  { collection: 'partyMembers', label: '有党员组织关系', byId: true },
  { collection: 'activitySignups', label: '有活动报名记录', byId: false },
];

/** What keeps `veteranId` from being merged into another file (Chinese, shown as is), none if nothing. */
export async function pinnedRecords(read: Reader, veteranId: string): Promise<string[]> {
  const found = await Promise.all(
    PINNED.map(async (p) =>
      (p.byId ? await read.byId(p.collection, veteranId) : await read.one(p.collection, { veteranId }))
        ? p.label
        : null,
    ),
  );
  return found.filter((l): l is string => l !== null);
}

/** A merge moves at most this many documents (one transaction, WeChat's 10 s lifetime). */
export const MERGE_CAP = 300;

/** The ids, per collection, of the documents `veteranId` owns among MOVED_WITH_THE_FILE. */
export async function ownedRecords(read: Reader, veteranId: string): Promise<[string, string[]][]> {
  return Promise.all(
    MOVED_WITH_THE_FILE.map(async (c): Promise<[string, string[]]> => {
      const docs = await read.many<{ _id: string }>(c, { veteranId }, { limit: MERGE_CAP + 1, fields: { _id: true } });
      return [c, docs.map((d) => d._id)];
    }),
  );
}
