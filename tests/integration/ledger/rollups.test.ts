import type { Stack } from '../../support/stack';
import { smallWorld } from './world';
import { markKeyGroup, moveFile, verifyFile } from '../../../types/ledger/edits';
import { ledgerStats } from '../../../types/ledger/search';
import { unbindAccount } from '../../../types/profile/requests';

interface RawFile {
  gridId: string;
  orgPath: string[];
  lifeStatus: string;
  openid: string | null;
  birthDate: string;
  keyGroups?: Record<string, boolean>;
}

/** Counted straight from the files in the store (not through any rollup code): living files under a node. */
function rawScan(stack: Stack, nodeId: string, year: number) {
  const files = (stack.cloud.db.browse('veterans', '{}', 0, 10_000).docs as RawFile[]).filter(
    (f) => f.lifeStatus === 'in_district' && f.orgPath.includes(nodeId),
  );
  return {
    known: files.length,
    hardship: files.filter((f) => f.keyGroups?.hardship).length,
    aged80: files.filter((f) => Number(f.birthDate.slice(0, 4)) <= year - 80).length,
    bound: files.filter((f) => f.openid).length,
  };
}

function rollupOf(stack: Stack, id: string) {
  return stack.cloud.db.browse('rollups', JSON.stringify({ _id: id }), 0, 1).docs[0] as {
    known: number;
    bound: number;
  };
}

describe('rollups follow the writes', () => {
  let stack: Stack;
  beforeEach(async () => {
    ({ stack } = await smallWorld());
  });
  afterEach(() => stack.close());

  it('after verify, key-group mark, move between grids and unbinding, every node’s figures equal a raw scan', async () => {
    await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { rank: '上士' } }, 'wx-gm1');
    await stack.ok(markKeyGroup, { veteranId: 'v-bound', group: 'hardship', on: true, reason: '因病致贫' }, 'wx-gm1');
    await stack.ok(moveFile, { veteranId: 'v-bound', toGridId: 'g2', note: '搬家' }, 'wx-gm1');
    await stack.ok(unbindAccount, { confirm: true }, 'wx-bound');
    const year = Number(stack.cloud.clock.now().toISOString().slice(0, 4));
    for (const [orgId, childIds] of [
      ['c1', ['g1', 'g2']],
      ['s1', ['c1']],
    ] as const) {
      const stats = await stack.ok(ledgerStats, { orgId }, 'wx-street-admin');
      for (const id of childIds) {
        const raw = rawScan(stack, id, year);
        expect(stats.rows.find((r) => r.id === id)).toMatchObject({
          known: raw.known,
          hardship: raw.hardship,
          aged80: raw.aged80,
        });
        expect(rollupOf(stack, id)).toMatchObject({ known: raw.known, bound: raw.bound });
      }
    }
    expect(rawScan(stack, 'g2', year)).toMatchObject({ known: 1, hardship: 1, bound: 0 });
  }, 60_000);
});
