/** @jest-environment node */
/**
 * subscribeMessage.send through the real SDK, held to WeChat's documented rules (subscribeMessage.send,
 * "订阅消息参数值内容限制说明", developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/
 * subscribe-message/sendMessage.html): each keyword type has a format and a length, a value outside it is
 * errcode 47003; a template id the mini-program does not have is 40037; a user who gave no authorisation
 * (or used it up: one-time templates allow one message per accepted prompt) is 43101.
 */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

const TEMPLATE = 'TPL_ALL_TYPES';
const KEYWORDS = [
  'thing1',
  'phrase2',
  'character_string3',
  'time4',
  'number5',
  'name6',
  'date7',
  'amount8',
  'phone_number9',
  'car_number10',
  'letter11',
  'symbol12',
];
const GOOD: Record<string, string> = {
  thing1: '朝阳社区重阳节慰问活动通知',
  phrase2: '已受理',
  character_string3: 'SQ-20261204-0001',
  time4: '2026-12-04 15:01',
  number5: '12.5',
  name6: '张建国',
  date7: '2026年12月4日',
  amount8: '¥300.00',
  phone_number9: '+86-0756-2212345',
  car_number10: '粤C12345',
  letter11: 'ABC',
  symbol12: '#',
};

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ subscribeTemplates: { [TEMPLATE]: KEYWORDS, TPL_SHORT: ['thing1'] } });
});
afterAll(() => fx.stop());

const data = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));

async function send(touser: string, values: Record<string, string>, templateId = TEMPLATE) {
  const res = await gatewayCall(fx.cloud, 'notify', { op: 'send', touser, templateId, page: 'p', data: data(values) });
  return res.body.result as { ok: boolean; errCode: number; errMsg?: string };
}

function granted(openid: string, templateId = TEMPLATE, times = 1) {
  for (let i = 0; i < times; i++) fx.cloud.requestSubscribeMessage(openid, { [templateId]: 'accept' });
}

it('a message whose every keyword keeps its rule is delivered and uses the one authorisation up', async () => {
  granted('o-good');
  expect(await send('o-good', GOOD)).toEqual({ ok: true, errCode: 0 });
  expect(fx.cloud.outbox({ touser: 'o-good' })).toHaveLength(1);
  expect(fx.cloud.outbox({ touser: 'o-good' })[0].data.thing1.value).toBe(GOOD.thing1);
  expect(fx.cloud.subscriptionsGranted('o-good', TEMPLATE)).toBe(0);
});

it('43101: no authorisation, or the one-time authorisation already used', async () => {
  expect(await send('o-none', GOOD)).toMatchObject({ ok: false, errCode: 43101 });
  granted('o-once');
  expect(await send('o-once', GOOD)).toMatchObject({ ok: true });
  expect(await send('o-once', GOOD)).toMatchObject({ ok: false, errCode: 43101 });
  expect(fx.cloud.outbox({ touser: 'o-once' })).toHaveLength(1);
  // A rejected prompt gives nothing.
  fx.cloud.requestSubscribeMessage('o-rejects', { [TEMPLATE]: 'reject' });
  expect(await send('o-rejects', GOOD)).toMatchObject({ ok: false, errCode: 43101 });
});

it('40037: a template id the mini-program does not have; the authorisation is kept', async () => {
  granted('o-tmpl');
  expect(await send('o-tmpl', GOOD, 'TPL_NOT_THERE')).toMatchObject({ ok: false, errCode: 40037 });
  expect(fx.cloud.subscriptionsGranted('o-tmpl', TEMPLATE)).toBe(1);
});

// One row per documented rule: [keyword, value that breaks it, the rule in WeChat's words].
const BROKEN: [string, string, string][] = [
  ['thing1', '一二三四五六七八九十一二三四五六七八九十一', 'thing: 20个以内字符'],
  ['thing1', '第一行\n第二行', 'thing: 不能带有换行等控制字符'],
  ['thing1', '', 'every keyword must have a value (data.thing1.value is empty)'],
  ['phrase2', '正在办理中了', 'phrase: 5个以内汉字'],
  ['phrase2', 'OK', 'phrase: 纯汉字'],
  ['character_string3', '编号12', 'character_string: 数字、字母或符号'],
  ['character_string3', 'A'.repeat(33), 'character_string: 32位以内'],
  ['time4', '下午三点', 'time: 24小时制时间格式'],
  ['time4', '25:01', 'time: 24小时制时间格式'],
  ['number5', '12元', 'number: 只能数字，可带小数'],
  ['number5', '1'.repeat(33), 'number: 32位以内'],
  ['name6', '欧阳一二三四五六七八九', 'name: 10个以内汉字'],
  ['name6', 'Zhang3', 'name: 纯字母或符号'],
  ['date7', '明天', 'date: 年月日格式'],
  ['amount8', '三百元', 'amount: 币种符号+10位以内纯数字'],
  ['amount8', '¥12345678901', 'amount: 10位以内'],
  ['phone_number9', '0756-22123456789012', 'phone_number: 17位以内'],
  ['phone_number9', '电话2212345', 'phone_number: 数字、符号'],
  ['car_number10', '粤C1234567', 'car_number: 8位以内'],
  ['car_number10', '粤C中345', 'car_number: 只有首位与末位可为汉字'],
  ['letter11', 'AB1', 'letter: 只能字母'],
  ['symbol12', '######', 'symbol: 5位以内符号'],
  ['symbol12', 'a', 'symbol: 只能符号'],
];

it.each(BROKEN)('47003: %s = %j breaks "%s"; nothing is sent, the authorisation is kept', async (keyword, value) => {
  const openid = `o-bad-${keyword}-${BROKEN.findIndex((row) => row[0] === keyword && row[1] === value)}`;
  granted(openid);
  const res = await send(openid, { ...GOOD, [keyword]: value });
  expect(res).toMatchObject({ ok: false, errCode: 47003 });
  expect(res.errMsg).toContain(`data.${keyword}.value`);
  expect(fx.cloud.outbox({ touser: openid })).toHaveLength(0);
  expect(fx.cloud.subscriptionsGranted(openid, TEMPLATE)).toBe(1);
});

// Forms the documentation gives as examples, each accepted.
const ALLOWED: [string, string][] = [
  ['time4', '15:01'],
  ['time4', '2019年10月1日 15:01'],
  ['time4', '15:01:30'],
  ['time4', '2019-10-01 08:00~2019-10-01 17:30'],
  ['date7', '2018-01-01'],
  ['date7', '2018/01/01'],
  ['date7', '2018.01.01'],
  ['date7', '2018-01'],
  ['date7', '01-01'],
  ['date7', '2019年10月1日 15:01'],
  ['amount8', '300元'],
  ['car_number10', '粤A8Z888挂'],
  ['name6', 'Zhang San'],
];

it.each(ALLOWED)('%s accepts the documented form %j', async (keyword, value) => {
  const openid = `o-ok-${keyword}-${value}`;
  granted(openid);
  expect(await send(openid, { ...GOOD, [keyword]: value })).toEqual({ ok: true, errCode: 0 });
});

it("the prompt takes at most 3 templates and only the mini-program's own", () => {
  const four = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, 'accept' as const]));
  expect(fx.cloud.requestSubscribeMessage('o-p', four)).toMatchObject({ errcode: 20003 });
  expect(fx.cloud.requestSubscribeMessage('o-p', { TPL_NOPE: 'accept' })).toMatchObject({ errcode: 20001 });
  expect(fx.cloud.subscriptionsGranted('o-p', TEMPLATE)).toBe(0);
});

it('the H5 stand-in for the prompt grants through HTTP as the caller', async () => {
  const res = await fetch(`${fx.cloud.url}/localcloud/api/subscribe-message`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-h5' },
    body: JSON.stringify({ tmplIds: ['TPL_SHORT'] }),
  });
  expect(await res.json()).toMatchObject({ TPL_SHORT: 'accept' });
  expect(await send('o-h5', { thing1: '新通知' }, 'TPL_SHORT')).toEqual({ ok: true, errCode: 0 });
});
