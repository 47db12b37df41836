import type { Page } from 'playwright-core';
import { RISKY_IMAGE_MARKER } from '../../localcloud/openapi/image-check';
import { pngImage } from '../support/png-image';
import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const CLEAN = pngImage({ width: 320, height: 200, rgb: [25, 118, 210] });
const FLAGGED = pngImage({ width: 320, height: 200, rgb: [200, 60, 40], text: RISKY_IMAGE_MARKER });
const WIDE = pngImage({ width: 1500, height: 900, rgb: [46, 125, 50] });
const MEMBER = 'demo-grid-member-g-10-01-3';
const VETERAN = 'demo-veteran-1';
const REFUSAL = '图片含有不适宜的内容，未能上传，请换一张图片';

async function writeNotice(page: Page, title: string, body: string, image: Buffer, name: string) {
  await visible(page, '发布通知').click();
  await see(page, '发布范围');
  await type(page, 'title', title);
  await page.locator('taro-textarea-core textarea').filter({ visible: true }).first().fill(body);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), visible(page, '添加图片', true).click()]);
  await chooser.setFiles({ name, mimeType: 'image/png', buffer: image });
  await page.getByTestId('notice-image-thumb').first().waitFor({ timeout: 20_000 });
  await page.getByTestId('scope-picker').getByText('第三网格').first().click();
  await see(page, '发布范围：第三网格（网格）');
}

/** Every <img> of the notice's images has loaded real pixels. */
async function loadedImageWidths(page: Page): Promise<number[]> {
  const imgs = page.locator('[data-testid="notice-image"] img');
  await imgs.first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('[data-testid="notice-image"] img')).every(
        (i) => (i as HTMLImageElement).complete,
      ),
    null,
    { timeout: 20_000 },
  );
  return imgs.evaluateAll((list) => list.map((i) => (i as HTMLImageElement).naturalWidth));
}

describeInBrowser('notice images in a real browser', () => {
  const trip = journey('/features/notices/pages/index');
  const { as } = trip;
  const title = `社区义诊通知${Date.now() % 10000}`;

  test('a grid member publishes a notice with an image; a veteran of the grid sees the image', async () => {
    const member = await as(MEMBER, '黄丽娟');
    await writeNotice(member, title, '周六上午社区义诊，见附图路线。', CLEAN, 'route.png');
    await screenshot(member, 'notice-images-1-publish');
    await visible(member, '发布', true).click();
    await see(member, '阅读情况');
    expect(await loadedImageWidths(member)).toEqual([320]);

    const veteran = await as(VETERAN, '张建国');
    const row = veteran.getByTestId('notice-row').filter({ hasText: title }).first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('图片1张');
    await row.click();
    await see(veteran, '周六上午社区义诊');
    expect(await loadedImageWidths(veteran)).toEqual([320]);
    await see(veteran, '点击图片可查看大图');
    await veteran.waitForTimeout(800); // the page's slide-in transition
    await screenshot(veteran, 'notice-images-2-veteran-sees-image');
    await veteran.getByTestId('notice-image').first().click();
    await veteran.waitForTimeout(800);
    await screenshot(veteran, 'notice-images-2b-preview');
  });

  test('a flagged image is refused in Chinese as soon as it is added, and never stored', async () => {
    const filesBefore = trip.app.cloud.files().length;
    const member = await as(MEMBER, '黄丽娟');
    await visible(member, '发布通知').click();
    await see(member, '发布范围');
    const [chooser] = await Promise.all([
      member.waitForEvent('filechooser'),
      visible(member, '添加图片', true).click(),
    ]);
    await chooser.setFiles({ name: 'flagged.png', mimeType: 'image/png', buffer: FLAGGED });
    await see(member, `第1张图片上传失败：${REFUSAL}`);
    expect(await member.getByTestId('notice-image-thumb').count()).toBe(0);
    await screenshot(member, 'notice-images-3-refused');
    expect(trip.app.cloud.files()).toHaveLength(filesBefore);
  });

  test('the publisher edits the notice; the veteran sees the revision mark and the new text', async () => {
    const member = await as(MEMBER, '黄丽娟');
    await member.getByTestId('notice-row').filter({ hasText: title }).first().click();
    await see(member, '修改通知');
    await visible(member, '修改通知', true).click();
    await member.getByTestId('edit-notice').waitFor();
    await type(member, 'edit-title', `${title}（改期）`);
    await member.getByTestId('edit-notice').locator('taro-textarea-core textarea').fill('义诊改到周日上午，地点不变。');
    const thumbs = member.getByTestId('edit-notice').getByTestId('notice-image-thumb');
    expect(await thumbs.count()).toBe(1);
    // A picture wider than the image check's 750 px is shrunk in the browser before it is uploaded.
    const [chooser] = await Promise.all([
      member.waitForEvent('filechooser'),
      member.getByTestId('edit-notice').getByText('添加图片', { exact: true }).click(),
    ]);
    await chooser.setFiles({ name: 'map.png', mimeType: 'image/png', buffer: WIDE });
    await thumbs.nth(1).waitFor({ timeout: 20_000 });
    await screenshot(member, 'notice-images-4-edit');
    await visible(member, '保存修改', true).click();
    await see(member, '已修改（第2版');

    const veteran = await as(VETERAN, '张建国');
    const row = veteran
      .getByTestId('notice-row')
      .filter({ hasText: `${title}（改期）` })
      .first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain('由黄丽娟（网格员）修改');
    await row.click();
    await see(veteran, '义诊改到周日上午，地点不变。');
    await see(veteran, '已修改（第2版');
    expect(await loadedImageWidths(veteran)).toEqual([320, 750]);
    await veteran.waitForTimeout(800);
    await screenshot(veteran, 'notice-images-5-veteran-sees-revision');
  });
});
