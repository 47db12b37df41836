import type { Page } from 'playwright-core';
import { settle } from './a11y';
import { describeInBrowser, screenshot, see, typeInto, visible } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const fill = (page: Page, name: string, value: string) =>
  page.locator(`taro-textarea-core[name="${name}"] textarea`).filter({ visible: true }).fill(value);
/** The one card of the queue or a list for the veteran, by name. */
const cardOf = (page: Page, name: string) =>
  page.locator('[data-testid^="application-"]').filter({ hasText: name }).filter({ visible: true }).first();
const balanceOf = async (page: Page, fundName: string) =>
  (
    await page
      .locator('[data-testid^="fund-card-"]')
      .filter({ hasText: fundName })
      .getByTestId('fund-balance')
      .innerText()
  ).replace(/\s/g, '');

describeInBrowser('hardship assistance in a real browser', () => {
  const trip = journey();
  const { as } = trip;

  /** 张建国 asks for a 临时困难补助 of `amount` yuan and the station passes it on: it waits for approval. */
  async function appliedAndReviewed(situation: string, amount: string): Promise<Page> {
    const veteran = await as('demo-veteran-1', '张建国');
    await tap(veteran, 'home-assist');
    await see(veteran, '申请困难补助或救助');
    await fill(veteran, 'situation', situation);
    await typeInto(veteran, 'amount', amount);
    await tap(veteran, 'submit-application');
    await see(veteran, '已提交，待服务站审核');

    const station = await as('demo-station-staff-c-10-01', '服务站');
    await tap(station, 'home-assist-queue');
    await see(station, '临时困难补助 · 张建国');
    await tap(station, 'review-pass');
    await see(station, '服务站已审核，待审批');
    return veteran;
  }

  test('a grid member applies for relief for a veteran; the station reviews; the district approves and pays it from a fund; a payment above a balance is refused', async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/me/pages/index');
    await visible(member, '网格台账').click();
    await visible(member, '张建国').click();
    await tap(member, 'assist-apply-for');
    await see(member, '为 张建国 代为申请');
    await tap(member, 'kind-relief');
    await fill(member, 'situation', '家中突发火灾，房屋和家具大部分烧毁，暂住亲戚家，急需生活救助。');
    await typeInto(member, 'amount', '8000');
    await tap(member, 'submit-application');
    await see(member, '由区退役军人事务局审批');
    await see(member, '网格员代为申请');
    await visible(member, '网格员代为申请').scrollIntoViewIfNeeded();
    await screenshot(member, 'assist-1-grid-member-applies-relief');

    const station = await as('demo-station-staff-c-10-01', '服务站');
    await tap(station, 'home-assist-queue');
    await see(station, '救助专项资金 · 张建国');
    await fill(station, 'review-note', '已入户核实，情况属实');
    await tap(station, 'review-pass');
    await see(station, '服务站已审核，待审批');

    const district = await as('demo-district-admin', '区退役军人事务局');
    await tap(district, 'home-assist-settings');
    await see(district, '补助审批权限');
    const before = await balanceOf(district, '香洲区退役军人救助专项资金');
    // A second, small fund: opened empty and topped up with 5,000 yuan.
    await tap(district, 'open-new-fund');
    await typeInto(district, 'fund-name', '应急救助周转资金');
    await tap(district, 'create-fund');
    await see(district, '应急救助周转资金');
    const small = district.locator('[data-testid^="fund-card-"]').filter({ hasText: '应急救助周转资金' });
    await small.locator('taro-input-core[name="topup-amount"] input').fill('5000');
    await small.locator('taro-input-core[name="topup-note"] input').fill('区财政应急拨付');
    await small.getByTestId('topup').click();
    await see(district, '注入资金 +¥5,000.00，余额 ¥5,000.00');
    await screenshot(district, 'assist-2-district-funds');

    await district.goto(new URL('/features/assist/pages/queue', district.url()).toString());
    await see(district, '服务站已审核，待审批');
    const card = cardOf(district, '张建国');
    await card.getByTestId('approve-yes').click();
    await see(district, '已批准，待发放');
    await card.getByTestId('pay-method-银行转账').click();
    await card.locator('[data-testid^="fund-option-"]').filter({ hasText: '应急救助周转资金' }).click();
    await card.getByTestId('disburse').click();
    await see(district, '救助专项资金余额不足（余额 ¥5,000.00）');
    await card.getByTestId('disburse-panel').scrollIntoViewIfNeeded();
    expect(await card.getAttribute('data-status')).toBe('approved');
    await screenshot(district, 'assist-3-above-balance-refused');
    await card.locator('[data-testid^="fund-option-"]').filter({ hasText: '香洲区退役军人救助专项资金' }).click();
    await card.getByTestId('disburse').click();
    await see(district, '目前没有需要办理的申请');

    await district.goto(new URL('/features/assist/pages/settings', district.url()).toString());
    await see(district, '救助发放 −¥8,000.00');
    const after = await balanceOf(district, '香洲区退役军人救助专项资金');
    const yuanOf = (s: string) => Number(s.replace(/[^\d.]/g, ''));
    expect(yuanOf(before) - yuanOf(after)).toBe(8000);
    expect(await balanceOf(district, '应急救助周转资金')).toBe('余额：¥5,000.00');
    await screenshot(district, 'assist-4-balance-went-down');
  });

  test('the street approves a subsidy with a reduced amount and records a bank transfer; the veteran sees each step (长辈模式)', async () => {
    const veteran = await appliedAndReviewed('老伴住院，医药费支出较大，生活暂时困难。', '2000');

    const street = await as('demo-street-admin-s-10', '街道');
    await tap(street, 'home-assist-queue');
    const card = cardOf(street, '临时困难补助 · 张建国');
    await see(street, '您的审批权限：不超过 ¥3,000.00');
    await card.locator('taro-input-core[name="approve-amount"] input').fill('1500');
    await fill(street, 'approve-note', '按标准核定1500元');
    await card.getByTestId('approve-yes').click();
    await see(street, '批准金额：¥1,500.00');
    await card.getByTestId('pay-method-银行转账').click();
    await card.getByTestId('disburse').click();
    await see(street, '目前没有需要办理的申请');

    await saveElderModeOf(trip.app, 'demo-veteran-1', true);
    await veteran.reload();
    await see(veteran, '当前：已发放');
    await see(veteran, '已发放：¥1,500.00（银行转账');
    for (const step of ['1. 提交申请', '2. 服务站审核通过', '3. 审批通过', '4. 已发放']) await see(veteran, step);
    await see(veteran, '说明：按标准核定1500元');
    await cardOf(veteran, '临时困难补助 · 张建国').getByText('4. 已发放').scrollIntoViewIfNeeded();
    await screenshot(veteran, 'assist-5-veteran-steps-elder-mode');
  });
  test('9. above the street limit: the amount starts within the limit, the panel says the district already has it, and 留给区里审批 leaves it to the district, who approves it in full', async () => {
    // The demo district's street limit is ¥3,000 (DEFAULT_ASSIST_LIMITS); 张建国 asks ¥5,000.
    await appliedAndReviewed('房屋漏雨需要维修，费用超出家庭承受能力。', '5000');

    const street = await as('demo-street-admin-s-10', '街道');
    await tap(street, 'home-assist-queue');
    const card = cardOf(street, '临时困难补助 · 张建国');
    await see(street, '您的审批权限：不超过 ¥3,000.00');
    // Not pre-filled above what the street may approve.
    const start = await card.locator('taro-input-core[name="approve-amount"] input').inputValue();
    expect(Number(start)).toBe(3000);
    const above = card.getByTestId('above-limit');
    await above.waitFor();
    expect(await above.innerText()).toContain('已同时列入区退役军人事务局的待审批清单');
    await above.scrollIntoViewIfNeeded();
    await settle(street);
    await screenshot(street, 'assist-above-limit');
    await card.getByTestId('leave-to-district').click();
    await see(street, '已留给区退役军人事务局审批');

    const district = await as('demo-district-admin', '区');
    await tap(district, 'home-assist-queue');
    const theirs = cardOf(district, '临时困难补助 · 张建国');
    await theirs.waitFor({ timeout: 30_000 });
    expect(await theirs.locator('taro-input-core[name="approve-amount"] input').inputValue()).toBe('5000');
    await fill(district, 'approve-note', '区级审批，按申请金额');
    await theirs.getByTestId('approve-yes').click();
    await see(district, '批准金额：¥5,000.00');
  });
});
