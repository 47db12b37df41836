import fs from 'node:fs';
import path from 'node:path';
import { buildFunctions } from '../../../../scripts/build-functions';
import { startLocalCloud, REPO_ROOT, type LocalCloud, type LocalCloudOptions } from '../../../../localcloud';
import { COLLECTION_INDEXES } from '../../../../localcloud/indexes';
import { makeRepoTempDir } from '../../../support/repo-temp';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'functions');

/** The app's collections plus the ones the fixture functions write to (collections exist only when declared). */
export const FIXTURE_INDEXES = {
  ...COLLECTION_INDEXES,
  fixture_whoami: [],
  fixture_writes: [],
  fixture_timer_runs: [],
};

/**
 * Builds the fixture functions with the real build script into a fresh folder under .localcloud/tmp
 * (inside the repo, so the bundles resolve wx-server-sdk from its node_modules, as dist/ does).
 */
export async function buildFixtures(): Promise<string> {
  const outDir = makeRepoTempDir('fixtures-');
  await buildFunctions(FIXTURES, outDir);
  return outDir;
}

export interface FixtureCloud {
  cloud: LocalCloud;
  functionsDir: string;
  stop(): Promise<void>;
}

/** A memory-only local cloud serving the fixture functions; triggers off unless asked for. */
export async function startFixtureCloud(options: LocalCloudOptions = {}): Promise<FixtureCloud> {
  const functionsDir = await buildFixtures();
  const cloud = await startLocalCloud({
    memory: true,
    functionsDir,
    enableTriggers: false,
    indexes: FIXTURE_INDEXES,
    ...options,
  });
  return {
    cloud,
    functionsDir,
    stop: async () => {
      await cloud.close();
      fs.rmSync(functionsDir, { recursive: true, force: true });
    },
  };
}

/** POST /gateway/call as the H5 app does. */
export async function gatewayCall(cloud: LocalCloud, fn: string, data: unknown, openid?: string) {
  const res = await fetch(`${cloud.url}/gateway/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify({ fn, data }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, any>,
    requestId: res.headers.get('x-request-id'),
  };
}
