import type { Page } from 'playwright-core';
import { startApp, type App } from '../../scripts/app';
import { COLLECTION_INDEXES } from '../../localcloud/indexes';
import type { VeteranDoc } from '../../types/veteran/model';
import { reviveDates } from '../authz/world';
import { validId } from '../support/fixtures';
import { layoutFindings } from './a11y';
import { describeInBrowser, launchBrowser, openAs, screenshot, see, typeInto, type BrowserSession } from './harness';
import { saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const ADMIN = { openid: 'demo-district-admin', label: '区退役军人事务局' };
/** The store as an environment filled before the ID number's unique index was: duplicates possible. */
const beforeTheIndex = {
  ...COLLECTION_INDEXES,
  veterans: COLLECTION_INDEXES.veterans.map((i) => (i.name === 'id_hash' ? { ...i, unique: false } : i)),
};
const press = (page: Page, text: string) =>
  page.locator('taro-button-core').filter({ hasText: text }).filter({ visible: true }).first().click();

/**
 * Issue 13 item 4: the district's admin finds the files sharing an ID number on 重复档案 (from the staff
 * ledger page), merges two files of one person, and corrects the number typed wrong on a second person's
 * file; the list is then empty. At phone width, and in 长辈模式.
 */
describeInBrowser('重复档案: files sharing an ID number merged or corrected by the district admin', () => {
  let app: App;
  const sessions: BrowserSession[] = [];
  const raw = (collection: string, filter: object) =>
    app.cloud.db.browse(collection, JSON.stringify(filter), 0, 1000).docs as VeteranDoc[];
  let same: VeteranDoc;
  let typo: VeteranDoc;

  beforeAll(async () => {
    app = await startApp({ memory: true, seedSize: 'tiny', skipH5Build: true, indexes: beforeTheIndex });
    const unbound = raw('veterans', { openid: null, lifeStatus: 'in_district' });
    [same, typo] = [unbound[0], unbound.find((v) => v.gridId !== unbound[0].gridId) ?? unbound[1]];
    const other = unbound.find((v) => v.gridId !== same.gridId && v._id !== typo._id) ?? unbound[2];
    // The same person filed a second time in another grid; a second person given the other's number.
    app.cloud.db.importDocuments('veterans', [
      reviveDates({ ...same, _id: 'v-dup-same', gridId: other.gridId, orgPath: other.orgPath }),
      reviveDates({ ...typo, _id: 'v-dup-typo', name: '郑小龙', phoneEnc: null, phoneHash: null, phoneMasked: null }),
    ] as unknown as Record<string, unknown>[]);
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    await app?.close();
  });
  const as = async (route: string) => {
    const session = await launchBrowser();
    sessions.push(session);
    return openAs(session, app.url, ADMIN, route);
  };

  test('two groups listed, one merged, one corrected, then none; whole at 360 px in both modes', async () => {
    const page = await as('/features/ledger/pages/staff');
    await press(page, '重复档案');
    await see(page, '共2组待处理', 40_000);
    await page.waitForTimeout(600); // the page's slide-in
    await see(page, same.name);
    await see(page, '郑小龙');
    await screenshot(page, 'ledger-duplicates-1-list');

    await saveElderModeOf(app, ADMIN.openid, true);
    const elder = await as('/features/ledger/pages/duplicates');
    await see(elder, '共2组待处理', 40_000);
    await elder.setViewportSize({ width: 360, height: 780 });
    expect(await layoutFindings(elder)).toEqual([]);
    await screenshot(elder, 'ledger-duplicates-2-list-elder-360');
    await saveElderModeOf(app, ADMIN.openid, false);

    // The same person twice: keep the original, merge the second file into it.
    await page
      .locator(`[data-veteran-id="${same._id}"] taro-button-core`)
      .filter({ hasText: `的「${same.name}」并入` })
      .click();
    await see(page, '请确认两份档案是同一个人');
    await screenshot(page, 'ledger-duplicates-3-merge');
    await press(page, '确认合并');
    await see(page, '共1组待处理');
    expect(raw('veterans', { _id: 'v-dup-same' })).toEqual([]);
    expect(
      raw('mergedFiles', { _id: 'v-dup-same' }).map((d) => (d as unknown as { mergedInto: string }).mergedInto),
    ).toEqual([same._id]);

    // A second person with the other's number: correct it on their file.
    await page.locator('[data-veteran-id="v-dup-typo"] taro-button-core').filter({ hasText: '更正身份证号' }).click();
    const good = validId('1960-01-01', 123);
    await typeInto(page, 'dupIdNumber', `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`);
    await typeInto(page, 'dupNote', '录入时抄错了号码');
    await press(page, '确认更正');
    await see(page, '身份证号校验位不正确');
    const right = validId('1963-09-09', 77);
    await typeInto(page, 'dupIdNumber', right);
    await screenshot(page, 'ledger-duplicates-4-correct');
    await press(page, '确认更正');
    await see(page, '没有身份证号重复的档案');
    const corrected = raw('veterans', { _id: 'v-dup-typo' })[0];
    expect(corrected.idMasked).toBe(`${right.slice(0, 6)}********${right.slice(-4)}`);
    await screenshot(page, 'ledger-duplicates-5-done');
  });
});
