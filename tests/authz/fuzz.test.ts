/** @jest-environment node */
import fc from 'fast-check';
import type { Contract } from '../../types/common/contract';
import { ACTION_REGISTRY } from '../../types/registry';
import { parsingAt } from '../../types/common/dates';
import { seedIfEmpty } from '../../scripts/seed-local';
import { startStack, type Stack } from '../support/stack';
import { snapshotStore, type StoreSnapshot } from '../support/store-snapshot';
import { malformedFrom } from './fuzz/malformed-inputs';
import { validInputOf } from './fuzz/valid-inputs';

/**
 * Every action, fed inputs generated from its own zod schema (issue 13 item 7):
 * - a malformed input gets INVALID_INPUT with a Chinese message, and nothing is read or written;
 * - a valid input never gets INTERNAL, and every refusal carries a Chinese message.
 * The store goes back to the freshly seeded tiny district after any call that wrote. Runs are seeded:
 * AUTHZ_FUZZ_SEED=<n> replays a failure (fast-check prints the seed and the counterexample),
 * AUTHZ_FUZZ_RUNS=<n> runs more.
 */
jest.setTimeout(120_000);

const SEED = Number(process.env.AUTHZ_FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.AUTHZ_FUZZ_RUNS ?? 24);
const CALLERS = [
  null,
  'authz-new-wechat-user',
  'demo-veteran-1',
  'demo-grid-member-g-10-01-3',
  'demo-street-admin-s-10',
  'demo-district-admin',
  'demo-recruitment-head',
  'demo-agency-staff',
  'demo-integrity-supervisor',
  'demo-conduct-supervisor',
];
const CHINESE = /[\u4e00-\u9fff]/;

const onTheWire = (input: unknown): unknown => (input === undefined ? undefined : JSON.parse(JSON.stringify(input)));
function expectChinese(message: string, where: string) {
  if (!CHINESE.test(message)) throw new Error(`${where}: refusal message is not Chinese: ${JSON.stringify(message)}`);
}

let stack: Stack;
let seeded: StoreSnapshot;
beforeAll(async () => {
  stack = await startStack();
  await seedIfEmpty(stack.cloud, 'tiny');
  seeded = snapshotStore(stack.cloud);
  console.log(`authz fuzz: seed ${SEED}, ${RUNS} runs per action`);
});
afterAll(() => stack?.close());

describe('fuzzing every registered action from its schema', () => {
  it.each(ACTION_REGISTRY.map((c) => [`${c.fn}.${c.action}`, c] as const))(
    '%s: malformed inputs are refused plainly and write nothing; valid ones never crash',
    async (name, contract: Contract) => {
      const valid = validInputOf(contract.input);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(valid, malformedFrom(valid)),
          fc.constantFrom(...CALLERS),
          async (generated, openid) => {
            const input = onTheWire(generated);
            // Rules tied to today read the server's clock at parse: judge validity by the same clock.
            const isValid = parsingAt(stack.cloud.clock.now(), () => contract.input.safeParse(input ?? {}).success);
            const { res, reads, writes } = await stack.metered(contract, input as never, openid);
            if (writes > 0) seeded.restore();
            if (!isValid) {
              expect({ answer: res.ok ? 'ok' : res.error.code, reads, writes }).toEqual({
                answer: 'INVALID_INPUT',
                reads: 0,
                writes: 0,
              });
            } else if (!res.ok) {
              expect(res.error.code).not.toBe('INTERNAL');
            }
            if (!res.ok) expectChinese(res.error.message, name);
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
  );
});
