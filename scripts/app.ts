/**
 * The whole app on the local cloud: function bundles and the H5 build served on one port, the demo
 * district seeded on the first start. `npm start` runs it; the end-to-end tests start it in memory.
 */
import path from 'node:path';
import { startLocalCloud, DEFAULT_FUNCTIONS_DIR, REPO_ROOT, type LocalCloud } from '../localcloud';
import type { CollectionIndexes } from '../localcloud/db';
import { buildFunctions } from './build-functions';
import { ensureH5Build, H5_DIR } from './h5-build';
import { seedIfEmpty } from './seed-local';
import type { SeedSize } from '../seed/proportions';

export interface AppOptions {
  port?: number;
  memory?: boolean;
  dataDir?: string;
  seedSize?: SeedSize;
  /** Skip building the H5 app (the caller built it). */
  skipH5Build?: boolean;
  clock?: Date;
  /** The collections and indexes to create (default: the app's, localcloud/indexes): tests of a store as it was. */
  indexes?: CollectionIndexes;
}

export interface App {
  url: string;
  cloud: LocalCloud;
  close(): Promise<void>;
}

export async function startApp(options: AppOptions = {}): Promise<App> {
  await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  if (!options.skipH5Build) ensureH5Build();
  const cloud = await startLocalCloud({
    port: options.port ?? 0,
    memory: options.memory,
    dataDir: options.dataDir,
    staticDir: H5_DIR,
    clock: options.clock,
    indexes: options.indexes,
    routes: { '/demo/people': () => demoPeople(cloud) },
  });
  await seedIfEmpty(cloud, options.seedSize ?? 'full');
  return { url: cloud.url, cloud, close: () => cloud.close() };
}

/** The seeded demo people, for the H5 demo sign-in page only. */
function demoPeople(cloud: LocalCloud) {
  const { docs } = cloud.db.browse('accounts', JSON.stringify({ demo: { $exists: true } }), 0, 200);
  return (docs as { _id: string; demo: { label: string; role: string; description: string; order: number } }[])
    .sort((a, b) => a.demo.order - b.demo.order)
    .map((a) => ({ openid: a._id, label: a.demo.label, role: a.demo.role, description: a.demo.description }));
}
