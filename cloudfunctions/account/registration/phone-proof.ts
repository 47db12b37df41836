import type { z } from 'zod';
import type { phoneProof } from '../../../types/account/register';
import { AppError } from '../../../types/common/errors';
import { isLocalCloud } from '../../_kernel/runtime';
import type { Sdk } from '../../_kernel/sdk';

/**
 * Whether the phone the person typed is the one WeChat verified for them. weapp: the getPhoneNumber
 * button's code exchanged through openapi. The local demo may simulate it; production never accepts that.
 */
export async function phoneVerified(
  sdk: Sdk,
  proof: z.infer<typeof phoneProof> | undefined,
  phone: string,
): Promise<boolean> {
  if (!proof) return false;
  if (proof.kind === 'demo_verified') {
    if (!isLocalCloud()) throw new AppError('INVALID_INPUT', '请使用微信手机号快速验证', 'phoneProof');
    return true;
  }
  try {
    const res = (await sdk.openapi.phonenumber.getPhoneNumber({ code: proof.code })) as {
      phoneInfo?: { purePhoneNumber?: string };
    };
    return res.phoneInfo?.purePhoneNumber === phone;
  } catch {
    throw new AppError('INVALID_INPUT', '手机号验证失败，请重新点击验证', 'phoneProof');
  }
}
