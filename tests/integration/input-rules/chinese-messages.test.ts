/** @jest-environment node */
import { submitRequest } from '../../../types/requests/submit';
import { listStages } from '../../../types/supervision/recruitment';
import type { Stack } from '../../support/stack';
import { seededStack, token, who } from '../requests/support';

/**
 * Issue 13: every invalid input answers a Chinese message, also where a schema gives none of its own
 * (zod's defaults are English: "Unrecognized key(s) in object", "Number must be less than or equal to
 * 2100", "Required"). Through the real SDK; nothing is read or written for a malformed input.
 */
jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const request = {
  clientToken: token(),
  category: '优抚待遇' as const,
  description: '抚恤金没有到账，请帮忙查一下',
  contact: { method: 'wechat' as const },
};

it('a field the form never sends is refused in Chinese, naming it', async () => {
  const { res, reads, writes } = await stack.metered(
    submitRequest,
    { ...request, payee: '网格员个人账户' } as never,
    who.veteranA,
  );
  expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '不支持的字段：payee' } });
  expect({ reads, writes }).toEqual({ reads: 0, writes: 0 });
});

it('a number above its bound is refused in Chinese with the bound', async () => {
  const { res } = await stack.metered(listStages, { year: 2101 }, who.veteranA);
  expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field: 'year', message: '不能大于2100' } });
});

it('a missing field is named as missing', async () => {
  const { clientToken: _omitted, ...rest } = request;
  const { res } = await stack.metered(submitRequest, rest as never, who.veteranA);
  expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field: 'clientToken', message: '请填写此项' } });
});

it("a schema's own message still wins (a missing category asks to choose one)", async () => {
  const { category: _omitted, ...rest } = request;
  const { res } = await stack.metered(submitRequest, rest as never, who.veteranA);
  expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field: 'category', message: '请选择诉求类别' } });
});
