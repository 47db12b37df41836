/** @jest-environment node */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';
import { RISKY_IMAGE_MARKER } from '../../../localcloud/openapi/image-check';
import { pngImage } from '../../support/png-image';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({
    blockedWords: ['违禁词', '赌博'],
    subscribeTemplates: { TPL_ACTIVITY: ['thing1', 'time2'] },
  });
});
afterAll(() => fx.stop());

describe('cloud.openapi through the real SDK (protobuf wx.openApi)', () => {
  it('subscribeMessage.send lands in the outbox with its fields', async () => {
    const data = { thing1: { value: '活动报名成功' }, time2: { value: '2025-05-01 09:00' } };
    fx.cloud.requestSubscribeMessage('o-veteran-1', { TPL_ACTIVITY: 'accept' });
    const res = await gatewayCall(
      fx.cloud,
      'notify',
      { op: 'send', touser: 'o-veteran-1', templateId: 'TPL_ACTIVITY', page: 'pages/activity/detail?id=7', data },
      'o-staff',
    );
    expect(res.body.result).toEqual({ ok: true, errCode: 0 });
    const [message] = fx.cloud.outbox({ touser: 'o-veteran-1' });
    expect(message).toMatchObject({
      touser: 'o-veteran-1',
      templateId: 'TPL_ACTIVITY',
      page: 'pages/activity/detail?id=7',
      data,
      miniprogramState: 'developer',
      requestId: res.requestId,
    });
  });

  it('subscribeMessage.send without a recipient fails with WeChat errcode and sends nothing', async () => {
    const before = fx.cloud.outbox().length;
    const res = await gatewayCall(fx.cloud, 'notify', {
      op: 'send',
      touser: '',
      templateId: 'TPL',
      page: 'p',
      data: {},
    });
    expect(res.body.result).toMatchObject({ ok: false, errCode: 40003 });
    expect(fx.cloud.outbox()).toHaveLength(before);
  });

  it('msgSecCheck passes ordinary text', async () => {
    const res = await gatewayCall(
      fx.cloud,
      'notify',
      { op: 'check', content: '周六上午组织退役军人体检，请准时参加。' },
      'o-1',
    );
    expect(res.body.result).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'pass' } });
  });

  it('msgSecCheck (version 2) answers a blocked word with errcode 0 and suggest risky', async () => {
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'check', content: '这里有赌博信息' }, 'o-1');
    expect(res.body.result).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'risky' } });
  });

  it('the blocked-word list can be changed at run time', async () => {
    fx.cloud.setBlockedWords(['体检']);
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'check', content: '周六体检' }, 'o-1');
    expect(res.body.result).toMatchObject({ ok: true, result: { suggest: 'risky' } });
    fx.cloud.setBlockedWords(['违禁词', '赌博']);
  });

  describe('security.imgSecCheck (media sent as a file part, raw bytes)', () => {
    const check = (bytes: Buffer, contentType = 'image/png') =>
      gatewayCall(fx.cloud, 'notify', { op: 'checkImage', contentType, base64: bytes.toString('base64') }, 'o-1').then(
        (r) => r.body.result,
      );

    it('passes an ordinary image', async () => {
      expect(await check(pngImage())).toEqual({ ok: true, errCode: 0 });
    });

    it('rejects an image carrying the local marker with errcode 87014', async () => {
      const res = await check(pngImage({ text: `sample ${RISKY_IMAGE_MARKER}` }));
      expect(res).toMatchObject({ ok: false, errCode: 87014 });
      expect(res.errMsg).toContain('security.imgSecCheck');
    });

    it("keeps WeChat's limits: more than 1 MB is 40006, not an image is 40004", async () => {
      const big = Buffer.concat([pngImage(), Buffer.alloc(1024 * 1024)]);
      expect(await check(big)).toMatchObject({ ok: false, errCode: 40006 });
      expect(await check(Buffer.from('这不是图片，只是一段文字'), 'image/jpeg')).toMatchObject({
        ok: false,
        errCode: 40004,
      });
    });
  });
});
