import cloudSdk from 'wx-server-sdk';
import type { LocalCloud } from '../localcloud';
import { DEV_PII_KEY } from '../cloudfunctions/_kernel/pii';
import { generateDemoDistrict } from '../seed/demo-district';
import { seedDatabase, type SeedTarget } from '../seed/load';
import type { SeedSize } from '../seed/proportions';

/** The real SDK pointed at a local cloud, as a function or a script would use it. */
export function localSdk(cloud: LocalCloud): typeof cloudSdk {
  const create = (cloudSdk as unknown as { createNewInstance(c: object): typeof cloudSdk }).createNewInstance;
  return create({ env: cloud.envId, serviceUrl: cloud.serviceUrl, secretId: 'local', secretKey: 'local' });
}

/** Seeds the demo district (through the real SDK) unless the local cloud already holds one. */
export async function seedIfEmpty(cloud: LocalCloud, size: SeedSize): Promise<boolean> {
  const orgs = cloud.db.listCollections().find((c) => c.name === 'orgs');
  if (orgs && orgs.count > 0) return false;
  const started = Date.now();
  const { demoPeople: _people, ...docs } = generateDemoDistrict(size, { piiKey: DEV_PII_KEY, now: cloud.clock.now() });
  const written = await seedDatabase(localSdk(cloud).database() as unknown as SeedTarget, docs, { batchSize: 1000 });
  const total = Object.values(written).reduce((a, b) => a + b, 0);
  console.log(`已生成演示区数据（${size}）：${total} 条记录，用时 ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
