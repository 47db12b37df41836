import path from 'node:path';
import fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { startLocalCloud, type LocalCloud } from '../../localcloud';
import { load, smallDistrict } from '../support/fixtures';

/**
 * The stack for browser tests until scripts/start.ts offers startApp(): the real local cloud in memory,
 * running the BUILT functions and serving the BUILT H5 app, loaded with the small fixture district.
 * `GET /demo/people` (the local dev server's, not the local cloud's) is answered in the browser.
 */
const ROOT = path.resolve(__dirname, '../..');
export const H5_DIST = path.join(ROOT, 'dist/h5');
export const FUNCTIONS_DIST = path.join(ROOT, 'dist/cloudfunctions');

export interface FixtureStack {
  url: string;
  cloud: LocalCloud;
  district: ReturnType<typeof smallDistrict>;
  close: () => Promise<void>;
}

export async function startFixtureStack(): Promise<FixtureStack> {
  for (const [dir, build] of [[H5_DIST, 'build:h5'], [FUNCTIONS_DIST, 'build:functions']]) {
    if (!fs.existsSync(dir)) throw new Error(`${path.relative(ROOT, dir)} is missing: run \`npm run ${build}\` first`);
  }
  const cloud = await startLocalCloud({ memory: true, staticDir: H5_DIST, functionsDir: FUNCTIONS_DIST, enableTriggers: false });
  const district = smallDistrict();
  await load(cloud, { orgs: district.orgs, veterans: district.veterans, staff: district.staff, accounts: district.accounts });
  return { url: cloud.url, cloud, district, close: () => cloud.close() };
}

/** The demo people of the fixture district, as `GET /demo/people` lists them. */
export const FIXTURE_PEOPLE = [
  { openid: 'wx-bound', label: '李建军', role: 'veteran', description: '第三网格的退役军人，已绑定档案' },
  { openid: 'wx-gm1', label: '钱网格员', role: 'grid_member', description: '南屏镇永济社区第三网格网格员' },
  { openid: 'wx-street-admin', label: '周街道', role: 'street_staff', description: '南屏镇街道服务中心管理员' },
];

export async function serveDemoPeople(context: BrowserContext, people = FIXTURE_PEOPLE): Promise<void> {
  await context.route('**/demo/people', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(people) }),
  );
}
