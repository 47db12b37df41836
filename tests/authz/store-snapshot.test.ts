/** @jest-environment node */
import { localSdk } from '../../scripts/seed-local';
import { startStack, type Stack } from '../support/stack';
import { snapshotStore } from '../support/store-snapshot';

/** The matrix and the fuzz suite trust restore() to give every cell the seeded store back. */
describe('store snapshot', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('undoes inserts, updates and deletes made through the real SDK', async () => {
    stack.cloud.db.importDocuments('orgs', [
      { _id: 'o-1', name: '甲', kind: 'grid' },
      { _id: 'o-2', name: '乙', kind: 'grid' },
    ]);
    const before = stack.cloud.db.browse('orgs', '', 0, 100).docs;
    const snapshot = snapshotStore(stack.cloud);
    const db = localSdk(stack.cloud).database();
    await db
      .collection('orgs')
      .doc('o-1')
      .update({ data: { name: '改' } });
    await db.collection('orgs').doc('o-2').remove();
    await db.collection('orgs').add({ data: { _id: 'o-3', name: '丙', kind: 'grid' } });
    await db.collection('orgs').add({ data: { _id: 'o-2', name: '又一个乙', kind: 'grid' } });
    expect(stack.cloud.db.browse('orgs', '', 0, 100).docs).not.toEqual(before);
    snapshot.restore();
    expect(stack.cloud.db.browse('orgs', '', 0, 100).docs).toEqual(before);
    await db
      .collection('orgs')
      .doc('o-1')
      .update({ data: { name: '再改' } });
    snapshot.restore();
    expect(stack.cloud.db.browse('orgs', '', 0, 100).docs).toEqual(before);
  });
});
