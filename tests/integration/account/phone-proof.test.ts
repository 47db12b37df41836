/** @jest-environment node */
import { phoneVerified } from '../../../cloudfunctions/account/registration/phone-proof';
import type { Sdk } from '../../../cloudfunctions/_kernel/sdk';
import { AppError } from '../../../types/common/errors';

/** An SDK whose openapi records what it is asked; nothing else of it is reachable from phoneVerified. */
function recordingSdk(phone: string) {
  const codes: string[] = [];
  const sdk = {
    openapi: {
      phonenumber: {
        getPhoneNumber: async ({ code }: { code: string }) => {
          codes.push(code);
          return { phoneInfo: { purePhoneNumber: phone } };
        },
      },
    },
  } as unknown as Sdk;
  return { sdk, codes };
}

const saved = process.env.VETGRID_LOCAL_CLOUD;
afterEach(() => {
  if (saved === undefined) delete process.env.VETGRID_LOCAL_CLOUD;
  else process.env.VETGRID_LOCAL_CLOUD = saved;
});

it('off the local cloud, a simulated (demo_verified) phone proof is refused on its field', async () => {
  delete process.env.VETGRID_LOCAL_CLOUD;
  const { sdk, codes } = recordingSdk('13800000000');
  const refusal = await phoneVerified(sdk, { kind: 'demo_verified' }, '13800000000').catch((e) => e);
  expect(refusal).toBeInstanceOf(AppError);
  expect([refusal.code, refusal.field, refusal.message]).toEqual([
    'INVALID_INPUT',
    'phoneProof',
    '请使用微信手机号快速验证',
  ]);
  expect(codes).toEqual([]);
});

it('off the local cloud, the button code is exchanged with WeChat and must give the typed phone', async () => {
  delete process.env.VETGRID_LOCAL_CLOUD;
  const { sdk, codes } = recordingSdk('13800000000');
  expect(await phoneVerified(sdk, { kind: 'wx_code', code: 'btn-code-1' }, '13800000000')).toBe(true);
  expect(await phoneVerified(sdk, { kind: 'wx_code', code: 'btn-code-2' }, '13900000000')).toBe(false);
  expect(codes).toEqual(['btn-code-1', 'btn-code-2']);
});

it('on the local cloud the demo proof is accepted (the demo sign-in relies on it)', async () => {
  process.env.VETGRID_LOCAL_CLOUD = '1';
  const { sdk } = recordingSdk('13800000000');
  expect(await phoneVerified(sdk, { kind: 'demo_verified' }, '13800000000')).toBe(true);
});
