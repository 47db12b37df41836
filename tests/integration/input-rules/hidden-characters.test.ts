/** @jest-environment node */
import { postMessage } from '../../../types/groups/contracts';
import { submitRequest } from '../../../types/requests/submit';
import type { Stack } from '../../support/stack';
import { countRequests, seededStack, token, who } from '../requests/support';

/**
 * Issue 13 item 4, through the real SDK: text carrying a bidi override or a control character is refused
 * on the field, nothing is written; a multi-line field keeps its line breaks.
 */
jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const request = (description: string) => ({
  clientToken: token(),
  category: '优抚待遇' as const,
  description,
  contact: { method: 'wechat' as const },
});

it.each([
  ['a right-to-left override (U+202E)', '请将补贴转至\u202e号账户行银'],
  ['a bell (U+0007)', '抚恤金没有到账\u0007请帮忙查一下'],
  ['a first-strong isolate (U+2068)', '抚恤金没有到账\u2068请帮忙查一下'],
])('a request whose description holds %s is refused and nothing is stored', async (_label, description) => {
  const before = countRequests(stack);
  const { res, writes } = await stack.metered(submitRequest, request(description), who.veteranA);
  expect(res).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      field: 'description',
      message: '内容含有不可见的控制字符或文字方向控制符，请删除后重试',
    },
  });
  expect(writes).toBe(0);
  expect(countRequests(stack)).toBe(before);
});

it('a description over several lines is kept as written', async () => {
  const description = '抚恤金没有到账。\n上个月也晚了一周。\n\t请帮忙查一下。';
  expect((await stack.call(submitRequest, request(description), who.veteranA)).ok).toBe(true);
  const stored = stack.cloud.db.browse('requests', JSON.stringify({ description }), 0, 1);
  expect(stored.total).toBe(1);
});

it('a group message with a bidi override is refused on its text', async () => {
  const { res, writes } = await stack.metered(
    postMessage,
    { groupId: 'grid__g-10-01-3', text: '优待证办理费\u202e元005' },
    who.veteranA,
  );
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'text' } });
  expect(writes).toBe(0);
});
