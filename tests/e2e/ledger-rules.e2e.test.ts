import type { Page } from 'playwright-core';
import type { VeteranDoc } from '../../types/veteran/model';
import { layoutFindings } from './a11y';
import { describeInBrowser, screenshot, see, typeInto } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const ADMIN = { openid: 'demo-district-admin', label: '区退役军人事务局' };
const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();

/**
 * 台账规则 (issue 16): the district admin changes what a complete file needs and the verification
 * intervals; every grid's 建档率 is recomputed with 进度 and the staff ledger shows the new rate. The expected
 * rate comes from the store read raw (verified files with an address, over those living there).
 */
describeInBrowser('台账规则: the district changes the rules, the filing rates follow', () => {
  const trip = journey('/features/ledger/pages/staff');

  test('a bad interval is refused on its field; the sections are changed and saved; the rate is recomputed', async () => {
    const admin = await trip.as(ADMIN.openid, ADMIN.label);
    await tap(admin, 'open-ledger-rules');
    await see(admin, '档案完整的标准', 40_000);
    await admin.waitForTimeout(800); // the page's slide-in
    await screenshot(admin, 'ledger-rules-1-district');

    // Only the address required: identity, service and phone unticked.
    for (const s of ['identity', 'service', 'phone']) await tap(admin, `requiredSections-${s}`);
    await typeInto(admin, 'verifyMonths', '30');
    await tap(admin, 'save-rules');
    await admin.locator('.taro-modal__foot > div').filter({ hasText: '保存' }).click();
    await see(admin, '核实周期不能超过24个月');
    await typeInto(admin, 'verifyMonths', '12');
    await tap(admin, 'save-rules');
    await admin.locator('.taro-modal__foot > div').filter({ hasText: '保存' }).click();
    await see(admin, '重新计算完成', 150_000);
    await screenshot(admin, 'ledger-rules-2-saved');

    const db = trip.app.cloud.db;
    const living = db.browse('veterans', JSON.stringify({ lifeStatus: 'in_district' }), 0, 1_000_000)
      .docs as VeteranDoc[];
    // Complete: every required section filled (now only the address) and verified by a grid member.
    const withAddress = living.filter((v) => (v.address ?? '').trim().length > 0 && v.verifiedAt !== null).length;
    const staff = await trip.as(ADMIN.openid, ADMIN.label);
    await see(staff, '建档率', 40_000);
    await see(staff, `（${withAddress}/${living.length}）`, 40_000);
    const settings = db.browse('settings', JSON.stringify({ _id: 'ledger' }), 0, 1).docs[0] as Record<string, unknown>;
    expect(settings).toMatchObject({ requiredSections: ['address'], verifyMonths: 12 });
  });

  test('a street admin reads the rules and cannot change them; whole at 360 px in 长辈模式', async () => {
    const street = { openid: 'demo-street-admin-s-10', label: '吴国强' };
    await saveElderModeOf(trip.app, street.openid, true);
    const page = await trip.as(street.openid, street.label, '/features/ledger/pages/rules');
    await see(page, '台账规则由区退役军人事务局统一设置', 40_000);
    await see(page, '一般档案：每 12 个月核实一次');
    expect(await page.getByTestId('required-sections').innerText()).toBe('住址');
    expect(await page.getByTestId('save-rules').count()).toBe(0);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await layoutFindings(page)).toEqual([]);
    await screenshot(page, 'ledger-rules-3-street-elder-360');
    await saveElderModeOf(trip.app, street.openid, false);
  });
});
