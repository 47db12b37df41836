/**
 * The local stand-in for `phonenumber.getPhoneNumber` (the code of a getPhoneNumber button exchanged for
 * the phone WeChat verified). The local demo's codes name their phone: `local-phone-<11 digits>`, e.g.
 * `local-phone-13800138000` answers 13800138000. As on WeChat a code works once (40163 the second time);
 * anything else is an invalid code (40029).
 */
export const LOCAL_PHONE_CODE = /^local-phone-(1\d{10})$/;

export function localPhoneCode(phone: string): string {
  return `local-phone-${phone}`;
}

export class PhoneNumbers {
  private readonly used = new Set<string>();

  exchange(
    params: Record<string, unknown>,
    appid: string,
    now: Date,
  ): Record<string, unknown> & { errcode: number; errmsg: string } {
    const code = typeof params.code === 'string' ? params.code : '';
    const match = LOCAL_PHONE_CODE.exec(code);
    if (!match) return { errcode: 40029, errmsg: 'invalid code (本地云的手机号 code 形如 local-phone-13800138000)' };
    if (this.used.has(code)) return { errcode: 40163, errmsg: 'code been used' };
    this.used.add(code);
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: match[1],
        purePhoneNumber: match[1],
        countryCode: '86',
        watermark: { timestamp: Math.floor(now.getTime() / 1000), appid },
      },
    };
  }

  clear(): void {
    this.used.clear();
  }
}
