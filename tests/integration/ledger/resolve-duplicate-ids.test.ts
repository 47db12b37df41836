/** @jest-environment node */
import { COLLECTION_INDEXES } from '../../../localcloud/indexes';
import { duplicateIdNumbers, resolveDuplicateId } from '../../../types/ledger/duplicates';
import { fileDetail } from '../../../types/ledger/roster';
import { myFile, proxyFiles } from '../../../types/profile/queries';
import { acceptProxy } from '../../../types/profile/requests';
import { decideRegistration } from '../../../types/account/registrations';
import { startStack, type Stack } from '../../support/stack';
import { account, load, smallDistrict, validId, veteranFile } from '../../support/fixtures';

/**
 * Issue 13 item 4: files sharing an ID number are resolved by the district's admin, either merged (two
 * files of one person: the history moves to the kept file in one transaction, the other is archived) or
 * corrected (the number typed wrong on one file). Expected values come from the store read raw.
 */
jest.setTimeout(120_000);
const district = smallDistrict();
const otherGrid = district.orgs.find((o) => o._id === 'g2')!;
const ADMIN = 'wx-district-admin';
const beforeTheIndex = {
  ...COLLECTION_INDEXES,
  veterans: COLLECTION_INDEXES.veterans.map((i) => (i.name === 'id_hash' ? { ...i, unique: false } : i)),
};
const raw = (stack: Stack, collection: string, filter: object = {}) =>
  stack.cloud.db.browse(collection, JSON.stringify(filter), 0, 1_000_000).docs as Record<string, any>[];

/** A stack where 李建军's number was typed into a second file (李建君, another grid) with some history. */
async function withCopy(extra: Record<string, { _id: string }[]> = {}, copyOpenid?: string): Promise<Stack> {
  const stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z'), indexes: beforeTheIndex });
  const copy = veteranFile('v-copy', '李建君', district.people.boundId, '13612345678', otherGrid, copyOpenid);
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: [...district.veterans, copy],
    staff: district.staff,
    accounts: district.accounts,
    requests: [
      { _id: 'r-copy-1', veteranId: 'v-copy', title: '申请优待证' },
      { _id: 'r-copy-2', veteranId: 'v-copy', title: '就业帮扶' },
      { _id: 'r-bound', veteranId: 'v-bound', title: '本人的诉求' },
    ] as unknown as { _id: string }[],
    visits: [{ _id: 'vis-copy', veteranId: 'v-copy', date: '2026-10-01' }] as unknown as { _id: string }[],
    fileChanges: [
      {
        _id: 'fc-copy',
        veteranId: 'v-copy',
        at: new Date('2026-10-01T02:00:00Z'),
        actor: { kind: 'staff', id: 'st-gm-other', name: '孙网格员' },
        action: 'import',
        changes: [],
        note: '',
        onBehalf: false,
      },
    ] as unknown as { _id: string }[],
    ...extra,
  });
  return stack;
}

async function group(stack: Stack) {
  const { groups } = await stack.ok(duplicateIdNumbers, {}, ADMIN);
  return groups;
}

describe('merging two files of one person', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await withCopy();
  });
  afterAll(() => stack.close());

  it('lists each file with its version, whether a WeChat account is bound, and nothing that pins it', async () => {
    const [g] = await group(stack);
    expect(g.files.map((f) => [f.veteranId, f.version, f.bound, f.pinned])).toEqual([
      ['v-bound', raw(stack, 'veterans', { _id: 'v-bound' })[0].version, true, []],
      ['v-copy', raw(stack, 'veterans', { _id: 'v-copy' })[0].version, false, []],
    ]);
    expect(g.files[1].phoneMasked).toBe('136****5678');
  });

  it('a stale version is refused with CONFLICT and nothing is written', async () => {
    const v = raw(stack, 'veterans', { _id: 'v-bound' })[0].version;
    const { res, writes } = await stack.metered(
      resolveDuplicateId,
      { way: 'merge', keepId: 'v-bound', retireId: 'v-copy', keepVersion: v, retireVersion: v + 5, note: '同一人' },
      ADMIN,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(writes).toBe(0);
  });

  it('moves the history to the kept file, archives the other and empties the list', async () => {
    const copyBefore = raw(stack, 'veterans', { _id: 'v-copy' })[0];
    const keepBefore = raw(stack, 'veterans', { _id: 'v-bound' })[0];
    const owned = ['requests', 'visits', 'fileChanges'].flatMap((c) =>
      raw(stack, c, { veteranId: 'v-copy' }).map((d) => `${c}/${d._id}`),
    );
    const out = await stack.ok(
      resolveDuplicateId,
      {
        way: 'merge',
        keepId: 'v-bound',
        retireId: 'v-copy',
        keepVersion: keepBefore.version,
        retireVersion: copyBefore.version,
        note: '同一人在两个网格各建了一份档案',
      },
      ADMIN,
    );
    expect(out).toEqual({ resolved: 'merged', moved: owned.length });
    expect(owned.length).toBe(4);
    expect(raw(stack, 'veterans', { _id: 'v-copy' })).toEqual([]);
    for (const c of ['requests', 'visits']) expect(raw(stack, c, { veteranId: 'v-copy' })).toEqual([]);
    expect(
      raw(stack, 'requests', { veteranId: 'v-bound' })
        .map((r) => r._id)
        .sort(),
    ).toEqual(['r-bound', 'r-copy-1', 'r-copy-2']);
    const archived = raw(stack, 'mergedFiles', { _id: 'v-copy' })[0];
    expect(archived).toMatchObject({ name: '李建君', mergedInto: 'v-bound', idHash: copyBefore.idHash });
    expect(raw(stack, 'veterans', { _id: 'v-bound' })[0].version).toBe(keepBefore.version + 1);
    expect(await group(stack)).toEqual([]);
  });

  it('the kept file tells who merged what, and the other grid no longer counts the retired file', async () => {
    const detail = await stack.ok(fileDetail, { veteranId: 'v-bound' }, ADMIN);
    const merge = detail.history.find((h) => h.action === '合并重复档案');
    expect(merge).toMatchObject({ note: '同一人在两个网格各建了一份档案' });
    expect(merge?.changes[0].before).toContain('李建君');
    const stats = raw(stack, 'ledgerStats', { _id: 'g2' })[0];
    expect(stats.known).toBe(raw(stack, 'veterans', { gridId: 'g2' }).length);
  });
});

describe('refusals', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await withCopy({
      // 李建君 is registered as a volunteer: that registration is keyed by the file's id.
      volunteers: [{ _id: 'v-copy', veteranId: 'v-copy', skills: [], orgPath: otherGrid.path }] as unknown as {
        _id: string;
      }[],
    });
  });
  afterAll(() => stack.close());
  const versions = () => ({
    keepVersion: raw(stack, 'veterans', { _id: 'v-bound' })[0].version as number,
    retireVersion: raw(stack, 'veterans', { _id: 'v-copy' })[0].version as number,
  });

  it('a file that holds a volunteer registration cannot be merged away: the list says so', async () => {
    const [g] = await group(stack);
    expect(g.files.find((f) => f.veteranId === 'v-copy')?.pinned).toEqual(['已登记为志愿者']);
    const { res, writes } = await stack.metered(
      resolveDuplicateId,
      { way: 'merge', keepId: 'v-bound', retireId: 'v-copy', ...versions(), note: '同一人' },
      ADMIN,
    );
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'PRECONDITION_FAILED',
        message: '要合并掉的档案已登记为志愿者，请保留这一份，把另一份合并进来',
        field: 'retireId',
      },
    });
    expect(writes).toBe(0);
  });

  it('files with different numbers are not merged', async () => {
    const v = versions();
    const { res, writes } = await stack.metered(
      resolveDuplicateId,
      {
        way: 'merge',
        keepId: 'v-copy',
        retireId: 'v-unbound',
        keepVersion: v.retireVersion,
        retireVersion: raw(stack, 'veterans', { _id: 'v-unbound' })[0].version,
        note: '同一人',
      },
      ADMIN,
    );
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION_FAILED', message: '这两份档案的身份证号不同，不能合并' },
    });
    expect(writes).toBe(0);
  });

  it.each([
    ['a street admin', 'wx-street-admin'],
    ['the grid member of the file', 'wx-gm-other'],
    ['a veteran', 'wx-bound'],
  ])(
    '%s is refused with the same answer for a file that exists and one that does not, and nothing is written',
    async (_who, openid) => {
      for (const retireId of ['v-copy', 'v-nobody']) {
        const { res, writes } = await stack.metered(
          resolveDuplicateId,
          { way: 'merge', keepId: 'v-bound', retireId, ...versions(), note: '同一人' },
          openid,
        );
        expect(res).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: '只有区退役军人事务局的管理员可以查看和处理身份证号重复的档案' },
        });
        expect(writes).toBe(0);
      }
    },
  );

  it('the district admin is told a missing file is missing', async () => {
    const { res, writes } = await stack.metered(
      resolveDuplicateId,
      { way: 'correct', veteranId: 'v-nobody', version: 1, idNumber: validId('1970-01-01', 41), note: '录错' },
      ADMIN,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到该档案' } });
    expect(writes).toBe(0);
  });
});

describe('correcting the number typed wrong', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await withCopy();
  });
  afterAll(() => stack.close());
  const version = (id: string) => raw(stack, 'veterans', { _id: id })[0].version as number;

  it('a malformed number is refused on its field with nothing written', async () => {
    const { res, writes } = await stack.metered(
      resolveDuplicateId,
      { way: 'correct', veteranId: 'v-copy', version: version('v-copy'), idNumber: '440402196001011234', note: '录错' },
      ADMIN,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'idNumber' } });
    expect(writes).toBe(0);
  });

  it('a number another file holds is refused with CONFLICT naming its grid', async () => {
    const { res } = await stack.metered(
      resolveDuplicateId,
      {
        way: 'correct',
        veteranId: 'v-copy',
        version: version('v-copy'),
        idNumber: district.people.unboundId,
        note: '录错',
      },
      ADMIN,
    );
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '该身份证号已属于第三网格的档案（王卫国），请核对后再填写',
        field: 'idNumber',
      },
    });
  });

  it('the right number resolves the group; the file shows it masked and its history says so', async () => {
    const right = validId('1962-08-08', 51);
    const before = raw(stack, 'veterans', { _id: 'v-copy' })[0];
    expect(
      await stack.ok(
        resolveDuplicateId,
        { way: 'correct', veteranId: 'v-copy', version: before.version, idNumber: right, note: '录入时抄错了号码' },
        ADMIN,
      ),
    ).toEqual({ resolved: 'corrected', moved: 0 });
    const after = raw(stack, 'veterans', { _id: 'v-copy' })[0];
    expect(after.idMasked).toBe(`${right.slice(0, 6)}********${right.slice(-4)}`);
    expect(after.idHash).not.toBe(before.idHash);
    expect(JSON.stringify(after)).not.toContain(right);
    expect(await group(stack)).toEqual([]);
    const detail = await stack.ok(fileDetail, { veteranId: 'v-copy' }, ADMIN);
    expect(detail.history[0]).toMatchObject({ action: '更正', note: '录入时抄错了号码' });
  });
});

describe('a bound WeChat account follows the merge', () => {
  const version = (stack: Stack, id: string) => raw(stack, 'veterans', { _id: id })[0].version as number;

  it('kept unbound, merged bound: the account is bound to the kept file and the person still sees it', async () => {
    const stack = await withCopy();
    try {
      await stack.ok(
        resolveDuplicateId,
        {
          way: 'merge',
          keepId: 'v-copy',
          retireId: 'v-bound',
          keepVersion: version(stack, 'v-copy'),
          retireVersion: version(stack, 'v-bound'),
          note: '保留第一网格的档案',
        },
        ADMIN,
      );
      expect(raw(stack, 'accounts', { _id: 'wx-bound' })[0].veteranId).toBe('v-copy');
      expect(raw(stack, 'veterans', { _id: 'v-copy' })[0].openid).toBe('wx-bound');
      const mine = await stack.ok(myFile, {}, 'wx-bound');
      expect(mine.file.name).toBe('李建君');
    } finally {
      await stack.close();
    }
  });

  it('both bound to different accounts: refused until one is unbound, nothing written', async () => {
    const stack = await withCopy({ accounts: [...district.accounts, account('wx-copy', 'v-copy', [])] }, 'wx-copy');
    try {
      const { res, writes } = await stack.metered(
        resolveDuplicateId,
        {
          way: 'merge',
          keepId: 'v-bound',
          retireId: 'v-copy',
          keepVersion: version(stack, 'v-bound'),
          retireVersion: version(stack, 'v-copy'),
          note: '同一人',
        },
        ADMIN,
      );
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'PRECONDITION_FAILED', message: '两份档案各绑定了一个微信，请先为其中一份解除绑定' },
      });
      expect(writes).toBe(0);
    } finally {
      await stack.close();
    }
  });
});

describe('who names the retired file follows the merge (family members, codes, registrations)', () => {
  const grid = district.orgs.find((o) => o._id === 'g1')!;
  const SINCE = new Date('2026-10-01T02:00:00Z');
  // A second copy of 李建军's number, unbound, in the first grid: merging 李建君 (v-copy) into it.
  const copy2 = veteranFile('v-copy2', '李建军', district.people.boundId, '13612345679', grid);
  const copy = veteranFile('v-copy', '李建君', district.people.boundId, '13612345678', otherGrid);
  const family = {
    ...account('wx-family', null, []),
    proxyFor: [{ veteranId: 'v-copy', relation: '子女', since: SINCE }],
  };
  const code = {
    _id: 'K7Q2M9XP',
    veteranId: 'v-copy',
    relation: '配偶',
    issuedBy: 'st-gm-other',
    createdAt: SINCE,
    expiresAt: new Date('2026-12-29T02:00:00Z'),
    usedBy: null,
    usedAt: null,
  };
  const registration = {
    _id: 'reg-copy',
    openid: 'wx-newcomer',
    name: '李建君',
    idEnc: '',
    idHash: '',
    idMasked: '440************21X',
    phoneEnc: '',
    phoneHash: '',
    phoneMasked: '136****5678',
    phoneVerified: false,
    gridId: 'g1',
    orgPath: grid.path,
    matchKind: 'id_name',
    candidateVeteranId: 'v-copy',
    status: 'pending',
    createdAt: SINCE,
    decidedBy: null,
    decidedAt: null,
    note: '',
  };
  let stack: Stack;
  beforeAll(async () => {
    stack = await withCopy({
      veterans: [...district.veterans, copy, copy2],
      accounts: [...district.accounts, family, account('wx-spouse', null, []), account('wx-newcomer', null, [])],
      proxyCodes: [code],
      registrations: [registration],
    } as unknown as Record<string, { _id: string }[]>);
    const version = (id: string) => raw(stack, 'veterans', { _id: id })[0].version as number;
    await stack.ok(
      resolveDuplicateId,
      {
        way: 'merge',
        keepId: 'v-copy2',
        retireId: 'v-copy',
        keepVersion: version('v-copy2'),
        retireVersion: version('v-copy'),
        note: '同一人重复建档',
      },
      ADMIN,
    );
  });
  afterAll(() => stack.close());

  it('the family member still acts for the person, now on the kept file', async () => {
    expect(raw(stack, 'accounts', { _id: 'wx-family' })[0].proxyFor).toEqual([
      { veteranId: 'v-copy2', relation: '子女', since: { $date: SINCE.toISOString() } },
    ]);
    const { items } = await stack.ok(proxyFiles, {}, 'wx-family');
    expect(items.map((f) => [f.veteranId, f.name])).toEqual([['v-copy2', '李建军']]);
  });

  it('a code handed out for the retired file grants the kept one', async () => {
    expect(await stack.ok(acceptProxy, { code: 'K7Q2M9XP' }, 'wx-spouse')).toEqual({
      veteranId: 'v-copy2',
      name: '李建军',
    });
  });

  it('a registration matched to the retired file is approved onto the kept one', async () => {
    const res = await stack.ok(decideRegistration, { registrationId: 'reg-copy', decision: 'approve' }, 'wx-gm1');
    expect(res).toEqual({ status: 'approved', veteranId: 'v-copy2' });
    expect(raw(stack, 'veterans', { _id: 'v-copy2' })[0].openid).toBe('wx-newcomer');
  });

  it("the kept file's history says the family member came with it", async () => {
    const [entry] = raw(stack, 'fileChanges', { veteranId: 'v-copy2', action: 'merge' });
    expect(entry.changes).toContainEqual({ label: '代办人', before: '', after: '1位代办人随档案转入，可继续代办' });
  });
});
