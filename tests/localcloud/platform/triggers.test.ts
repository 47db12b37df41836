/** @jest-environment node */
import { parseWechatCron, triggerYear } from '../../../localcloud/functions/wechat-cron';
import { startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

describe('WeChat 7-field cron', () => {
  it('runs the first six fields in croner and checks the year itself', () => {
    const cron = parseWechatCron('0 0 2 * * * 2030-2031');
    expect(cron.pattern).toBe('0 0 2 * * *');
    expect([2029, 2030, 2031, 2032].map(cron.allowsYear)).toEqual([false, true, true, false]);
    expect(parseWechatCron('0 0 2 * * * *').allowsYear(2099)).toBe(true);
  });

  it('checks the year in Beijing time, as WeChat Cloud does: 00:30 on New Year’s Day there is still the old year in UTC', () => {
    const newYear2031 = parseWechatCron('0 30 0 1 1 * 2031');
    expect(newYear2031.allowsYear(triggerYear(new Date('2030-12-31T16:30:00Z')))).toBe(true);
    expect(newYear2031.allowsYear(triggerYear(new Date('2030-12-31T15:59:59Z')))).toBe(false);
  });

  it('refuses a malformed expression with a message naming it', () => {
    expect(() => parseWechatCron('0 2 * *')).toThrow('0 2 * *');
    expect(() => parseWechatCron('0 0 2 * * * next-year')).toThrow('next-year');
  });
});

describe('timer triggers from config.json', () => {
  // Each test builds and starts a fixture cloud: seconds on a loaded machine, beyond Jest's 5 s default.
  jest.setTimeout(30_000);
  let fx: FixtureCloud;
  afterEach(() => fx?.stop());

  it('fires a trigger on demand with the Timer event and the local clock', async () => {
    fx = await startFixtureCloud();
    fx.cloud.clock.set('2030-06-01T18:00:00.000Z');
    const { result } = await fx.cloud.fireTrigger('echo-timer', 'nightly');
    expect(result).toEqual({
      event: { Type: 'Timer', TriggerName: 'nightly', Time: '2030-06-01T18:00:00Z', Message: '' },
      now: '2030-06-01T18:00:00.000Z',
      openid: '',
    });
    await expect(fx.cloud.fireTrigger('echo-timer', 'no-such-trigger')).rejects.toThrow('no-such-trigger');
  });

  it('fires on schedule when triggers are enabled', async () => {
    fx = await startFixtureCloud({ enableTriggers: true });
    const deadline = Date.now() + 5000;
    let runs: { total: number; docs: unknown[] } = { total: 0, docs: [] };
    while (Date.now() < deadline && runs.total < 2) {
      await new Promise((r) => setTimeout(r, 200));
      runs = fx.cloud.db.browse('fixture_timer_runs', '{}', 0, 10);
    }
    expect(runs.total).toBeGreaterThanOrEqual(2);
    expect(runs.docs[0]).toMatchObject({ event: { Type: 'Timer', TriggerName: 'everySecond' } });
  });
});
