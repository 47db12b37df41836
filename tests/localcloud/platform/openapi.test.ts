/** @jest-environment node */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ blockedWords: ['违禁词', '赌博'] });
});
afterAll(() => fx.stop());

describe('cloud.openapi through the real SDK (protobuf wx.openApi)', () => {
  it('subscribeMessage.send lands in the outbox with its fields', async () => {
    const data = { thing1: { value: '活动报名成功' }, time2: { value: '2025-05-01 09:00' } };
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'send', touser: 'o-veteran-1', templateId: 'TPL_ACTIVITY', page: 'pages/activity/detail?id=7', data }, 'o-staff');
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
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'send', touser: '', templateId: 'TPL', page: 'p', data: {} });
    expect(res.body.result).toMatchObject({ ok: false, errCode: 40003 });
    expect(fx.cloud.outbox()).toHaveLength(before);
  });

  it('msgSecCheck passes ordinary text', async () => {
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'check', content: '周六上午组织退役军人体检，请准时参加。' }, 'o-1');
    expect(res.body.result).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'pass' } });
  });

  it('msgSecCheck rejects a blocked word with errcode 87014', async () => {
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'check', content: '这里有赌博信息' }, 'o-1');
    expect(res.body.result).toMatchObject({ ok: false, errCode: 87014 });
    expect(res.body.result.errMsg).toContain('security.msgSecCheck');
  });

  it('the blocked-word list can be changed at run time', async () => {
    fx.cloud.setBlockedWords(['体检']);
    const res = await gatewayCall(fx.cloud, 'notify', { op: 'check', content: '周六体检' }, 'o-1');
    expect(res.body.result).toMatchObject({ ok: false, errCode: 87014 });
    fx.cloud.setBlockedWords(['违禁词', '赌博']);
  });
});
