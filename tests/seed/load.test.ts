/** @jest-environment node */
import { startLocalCloud, type LocalCloud } from '../../localcloud';
import { seedDatabase, SEEDED_COLLECTIONS } from '../../seed/load';
import type { GeneratedDistrict } from '../../seed/generate';
import { generated } from './generated-district';

const cloudSdk = require('wx-server-sdk') as { createNewInstance(config: object): { database(): SdkDatabase } };
/** What these tests use of the SDK's database (its typings omit createNewInstance). */
interface SdkDatabase {
  collection(name: string): {
    add(options: { data: object[] }): Promise<unknown>;
    count(): Promise<{ total: number }>;
    doc(id: string): { get(): Promise<{ data: Record<string, unknown> }> };
  };
}

jest.setTimeout(300_000);

let cloud: LocalCloud;
let db: SdkDatabase;

beforeEach(async () => {
  cloud = await startLocalCloud({ memory: true, enableTriggers: false });
  db = cloudSdk
    .createNewInstance({ env: cloud.envId, serviceUrl: cloud.serviceUrl, secretId: 'local', secretKey: 'local' })
    .database();
});
afterEach(() => cloud.close());

async function countBack(district: GeneratedDistrict): Promise<void> {
  for (const name of SEEDED_COLLECTIONS) {
    const { total } = await db.collection(name).count();
    expect([name, total]).toEqual([name, district[name].length]);
  }
}

test('the tiny district goes in through the SDK and counts back per collection, dates and all', async () => {
  const { district } = generated('tiny');
  const written = await seedDatabase(db, district, { batchSize: 200 });
  expect(written.veterans).toBe(district.veterans.length);
  await countBack(district);

  const { data } = await db.collection('veterans').doc('v-00001').get();
  expect(data.name).toBe('张建国');
  expect(data.createdAt).toBeInstanceOf(Date);
  expect(data.idEnc).toBe(district.veterans[0].idEnc);
  const account = (await db.collection('accounts').doc('demo-veteran-1').get()).data;
  expect(account).toMatchObject({ veteranId: 'v-00001', demo: { role: 'veteran', order: 1 } });
});

test('the full district loads through the SDK (time printed)', async () => {
  const { district } = generated('full');
  const started = performance.now();
  await seedDatabase(db, district, { batchSize: 1000 });
  const ms = performance.now() - started;
  const docs = SEEDED_COLLECTIONS.reduce((n, name) => n + district[name].length, 0);
  console.log(
    `full district loaded through wx-server-sdk in ${Math.round(ms)} ms (${docs} documents, batches of 1000)`,
  );
  await countBack(district);
});
