/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { seedIfEmpty } from '../../scripts/seed-local';
import { ACTION_REGISTRY } from '../../types/registry';
import { startStack, type Stack } from '../support/stack';
import { snapshotStore, type StoreSnapshot } from '../support/store-snapshot';
import type { ActionTable } from './expect/table';
import { openidPattern, openidsIn, outsideJurisdiction, unmaskedPii } from './oracles';
import { HOME, openidOf, other, PERSONAS, type Persona } from './personas';
import { World } from './world';

/**
 * The authorization matrix, generated (issue 13 item 7): every action of the registry x every persona x
 * a thing in scope and one out of scope. What each cell should answer is the action's table in
 * expect/<fn>.ts. A refused cell must write nothing (the local cloud's meter); an allowed answer must
 * keep to the caller's jurisdiction, show no unmasked ID number or phone the role does not need, and no
 * OPENID. No cell is excused. The store is restored to the seeded district after every cell that wrote.
 */
jest.setTimeout(120_000);

const expectDir = path.join(__dirname, 'expect');
const tables: ActionTable[] = fs
  .readdirSync(expectDir)
  .filter((f) => f.endsWith('.ts') && f !== 'table.ts')
  .flatMap((f) => (require(path.join(expectDir, f)) as { tables?: ActionTable[] }).tables ?? []);
const nameOf = (t: { fn: string; action: string }) => `${t.fn}.${t.action}`;
const CHINESE = /[\u4e00-\u9fff]/;

type Scope = 'in scope' | 'out of scope';
const cellKey = (t: ActionTable, persona: Persona, scope: Scope) =>
  `${nameOf(t.contract)}${t.variant ? ` (${t.variant})` : ''} · ${persona} · ${scope}`;

describe('every registered action has a table of expected outcomes', () => {
  it.each(ACTION_REGISTRY.map((c) => [nameOf(c)] as const))('%s', (name) => {
    const mine = tables.filter((t) => nameOf(t.contract) === name && !t.variant);
    expect({ name, tables: mine.length }).toEqual({ name, tables: 1 });
  });
});

describe('authorization matrix on the tiny demo district', () => {
  let stack: Stack;
  let world: World;
  let seeded: StoreSnapshot;
  let openids: RegExp;
  let dirty = false;
  let restoring = 0;

  beforeAll(async () => {
    stack = await startStack();
    await seedIfEmpty(stack.cloud, 'tiny');
    world = new World(stack.cloud);
    world.placePartyPersonas();
    seeded = snapshotStore(stack.cloud);
    const all = new Set<string>(['authz-new-wechat-user']);
    for (const { name } of stack.cloud.db.listCollections())
      for (const doc of world.find<Record<string, unknown>>(name, {}, 1_000_000))
        for (const [k, v] of Object.entries(doc))
          if (/openid$/i.test(k) && typeof v === 'string' && v.length >= 6) all.add(v);
    openids = openidPattern(all);
  });
  afterAll(() => {
    console.log(`authz matrix: ${cells.length} cells, ${(restoring / 1000).toFixed(1)} s restoring the store`);
    return stack?.close();
  });
  beforeEach(() => {
    if (dirty) {
      const started = Date.now();
      seeded.restore();
      restoring += Date.now() - started;
    }
    dirty = false;
  });

  const cells = tables.flatMap((t) =>
    PERSONAS.flatMap((persona) =>
      (['in scope', 'out of scope'] as Scope[]).map((scope) => {
        const allowed = (scope === 'in scope' ? t.allowed.inScope : t.allowed.outOfScope).includes(persona);
        return [cellKey(t, persona, scope), allowed ? 'allowed' : 'refused', { t, persona, scope, allowed }] as const;
      }),
    ),
  );

  it.each(cells)('%s → %s', async (key, _verdict, { t, persona, scope, allowed }) => {
    const side = scope === 'in scope' ? HOME[persona] : other(HOME[persona]);
    world.wrote = false;
    const caller = openidOf(persona, world);
    const input = await t.target(world, side, caller);
    const { res, writes } = await stack.metered(t.contract, input as never, caller);
    dirty = world.wrote || writes > 0;
    const wrong: string[] = [];
    if (allowed) {
      if (!res.ok) wrong.push(`expected an answer, got ${res.error.code} ${res.error.message}`);
      else {
        if (!t.unplaced) wrong.push(...outsideJurisdiction(res.data, persona).map((w) => `outside jurisdiction: ${w}`));
        wrong.push(
          ...unmaskedPii(res.data, {
            phone: t.unmasked?.phone?.includes(persona) ?? false,
            idNumber: t.unmasked?.idNumber?.includes(persona) ?? false,
          }),
        );
        wrong.push(...openidsIn(res.data, openids));
      }
    } else {
      const named = t.refusedWith?.[persona];
      const expected: readonly string[] =
        persona === 'anonymous' ? ['UNAUTHENTICATED'] : named ? [named].flat() : ['FORBIDDEN', 'NOT_FOUND'];
      if (res.ok) wrong.push('expected a refusal, got an answer');
      else {
        if (!expected.includes(res.error.code))
          wrong.push(`expected ${expected.join(' or ')}, got ${res.error.code} ${res.error.message}`);
        if (!CHINESE.test(res.error.message)) wrong.push(`refusal message not Chinese: ${res.error.message}`);
      }
      if (writes > 0) wrong.push(`a refusal wrote ${writes} time(s)`);
    }
    if (wrong.length) throw new Error(`${key}:\n  ${wrong.join('\n  ')}`);
  });
});
