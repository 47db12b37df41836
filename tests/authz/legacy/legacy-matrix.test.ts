/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { ACTION_REGISTRY } from '../../../types/registry';
import { startStack, type Stack } from '../../support/stack';
import { seedIfEmpty } from '../../../scripts/seed-local';
import { openidOf } from './personas';
import { World } from './world';
import type { AuthzCase } from './case';
import { NOT_YET_GENERATED } from '../expected-failures';

/**
 * The hand-written rows of the old matrix, kept only for the actions the generated matrix
 * (../matrix.test.ts) does not cover yet (NOT_YET_GENERATED): delete each function's rows once its
 * table in ../expect/ exists, and this file with the last.
 */

jest.setTimeout(120_000);

const rowsDir = path.join(__dirname, 'rows');
const cases: AuthzCase[] = fs
  .readdirSync(rowsDir)
  .filter((f) => f.endsWith('.rows.ts'))
  .flatMap((f) => (require(path.join(rowsDir, f)) as { cases: AuthzCase[] }).cases)
  .filter((c) => NOT_YET_GENERATED.includes(`${c.contract.fn}.${c.contract.action}`));
const ordered = [...cases.filter((c) => c.expect !== 'ok'), ...cases.filter((c) => c.expect === 'ok')];
const name = (c: AuthzCase) => `${c.contract.fn}.${c.contract.action}`;

describe('every registered action has matrix rows', () => {
  it.each(
    ACTION_REGISTRY.filter((c) => NOT_YET_GENERATED.includes(`${c.fn}.${c.action}`)).map(
      (c) => [`${c.fn}.${c.action}`, c] as const,
    ),
  )('%s is allowed for someone and refused to someone', (_label, contract) => {
    const mine = cases.filter((c) => c.contract === contract);
    expect(mine.some((c) => c.expect === 'ok')).toBe(true);
    expect(mine.some((c) => c.expect !== 'ok')).toBe(true);
  });
});

describe('authorization matrix on the tiny demo district', () => {
  let stack: Stack;
  let world: World;
  beforeAll(async () => {
    stack = await startStack();
    await seedIfEmpty(stack.cloud, 'tiny');
    world = new World(stack.cloud);
  });
  afterAll(() => stack.close());

  it.each(ordered.map((c) => [`${name(c)} as ${c.as} → ${c.expect}${c.note ? ` (${c.note})` : ''}`, c] as const))(
    '%s',
    async (_label, c) => {
      const input = typeof c.input === 'function' ? await c.input(world) : c.input;
      const res = await stack.call(c.contract, input as never, await openidOf(c.as, world));
      if (c.expect === 'ok') {
        if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
      } else {
        expect(res.ok ? 'ok' : res.error.code).toBe(c.expect);
      }
    },
  );
});
