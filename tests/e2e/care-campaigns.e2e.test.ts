import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see, typeInto, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const typeArea = (page: Page, name: string, value: string) =>
  page.locator(`taro-textarea-core[name="${name}"] textarea`).filter({ visible: true }).fill(value);
const textOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).filter({ visible: true }).first().innerText()).trim();
/** "已覆盖 12 / 40 人" → [12, 40]. */
const coveredOf = (text: string) => (/已覆盖 (\d+) \/ (\d+)/.exec(text) ?? []).slice(1).map(Number);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CAMPAIGN = 'campaign-demo-winter';

describeInBrowser('visit campaigns, coverage and the six-visit rule in a real browser', () => {
  const trip = journey();
  const { as } = trip;

  test('a grid member visits someone still on the campaign list, with a photo; the grid and the street see the coverage rise', async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-care');
    await member.getByTestId(`campaign-${CAMPAIGN}`).filter({ visible: true }).first().click();
    await see(member, '尚未走访');
    const [coveredBefore, targets] = coveredOf(await textOf(member, 'campaign-total'));
    expect(targets).toBeGreaterThan(coveredBefore);
    const first = member.getByTestId('campaign-uncovered').locator('[data-testid^="uncovered-"]').first();
    const personId = (await first.getAttribute('data-testid'))!.replace('uncovered-', '');
    await first.getByText('记录走访').click();
    await see(member, '大走访：冬季走访全覆盖');
    await see(member, '所属大走访');
    await typeInto(member, 'visitors', '黄丽娟');
    await typeArea(member, 'findings', '冬季走访，家中取暖正常，老人身体硬朗。');
    await typeInto(member, 'goods', '棉被');
    await typeInto(member, 'goodsValue', '120');
    const chooser = member.waitForEvent('filechooser');
    await tap(member, 'add-photo');
    await (await chooser).setFiles({ name: 'visit.png', mimeType: 'image/png', buffer: PNG });
    await member.locator('.photo-cell').first().waitFor({ timeout: 20_000 });
    await screenshot(member, 'campaign-1-log-visit');
    await tap(member, 'save-visit');
    await see(member, '尚未走访');
    await member.waitForFunction(
      (n) => {
        const el = Array.from(document.querySelectorAll('[data-testid="campaign-total"]')).find(
          (e) => (e as HTMLElement).offsetParent,
        );
        return el && new RegExp(`已覆盖 ${n} /`).test(el.textContent ?? '');
      },
      coveredBefore + 1,
      { timeout: 20_000 },
    );
    expect(await member.getByTestId(`uncovered-${personId}`).count()).toBe(0);
    await screenshot(member, 'campaign-2-grid-progress');

    // The visit, its photo included, is on the person's file.
    const seen = (await trip.app.cloud.db.browse(
      'visits',
      JSON.stringify({ veteranId: personId, campaignId: CAMPAIGN }),
      0,
      10,
    ).docs) as { photos: string[] }[];
    expect(seen).toHaveLength(1);
    expect(seen[0].photos).toHaveLength(1);

    const street = await as('demo-street-admin-s-10', '街道工作人员');
    await tap(street, 'home-campaigns');
    await street.getByTestId(`campaign-${CAMPAIGN}`).filter({ visible: true }).first().click();
    await street.getByTestId('campaign-total').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    const [streetCovered, streetTargets] = coveredOf(await textOf(street, 'campaign-total'));
    const campaign = trip.app.cloud.db.browse('visitCampaigns', JSON.stringify({ _id: CAMPAIGN }), 0, 1).docs[0] as {
      targetIds: string[];
    };
    const visited = new Set(
      (
        trip.app.cloud.db.browse('visits', JSON.stringify({ campaignId: CAMPAIGN }), 0, 100_000).docs as {
          veteranId: string;
        }[]
      ).map((v) => v.veteranId),
    );
    expect([streetCovered, streetTargets]).toEqual([
      campaign.targetIds.filter((id) => visited.has(id)).length,
      campaign.targetIds.length,
    ]);
    await street.getByTestId('campaign-row-c-10-01').filter({ visible: true }).first().click();
    await street.getByTestId('campaign-row-g-10-01-3').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await screenshot(street, 'campaign-3-street-drilled');
  });

  test('a street starts a key-group campaign and reads coverage down to its grids', async () => {
    const street = await as('demo-street-admin-s-10', '街道工作人员');
    await tap(street, 'home-campaigns');
    await see(street, '发起大走访');
    await tap(street, 'campaign-create');
    await see(street, '请填写活动名称');
    await typeInto(street, 'campaign-name', '元旦重点人群走访');
    await tap(street, 'campaign-create');
    await see(street, '元旦重点人群走访（重点人群）');
    await screenshot(street, 'campaign-4-started');

    await street.goBack();
    await tap(street, 'home-care-coverage');
    await street.getByTestId('coverage-total').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await tap(street, 'days-365');
    await street.getByTestId('coverage-c-10-01').filter({ visible: true }).first().click();
    await street.getByTestId('coverage-g-10-01-3').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await see(street, '永济社区');
    await see(street, '超期未完成的六必访');
    await screenshot(street, 'campaign-5-coverage');
  });

  test('an occasion recorded on a file becomes a task the grid member answers with a visit; the district sets the days', async () => {
    const district = await as('demo-district-admin', '区工作人员');
    await tap(district, 'home-care-settings');
    const illnessDays = district.locator('taro-input-core[name="days-illness"] input').filter({ visible: true });
    await illnessDays.fill('0');
    await tap(district, 'save-settings');
    await see(district, '期限至少1天');
    await illnessDays.fill('5');
    await tap(district, 'save-settings');
    await district.waitForTimeout(500);
    await district.reload();
    await district.getByTestId('occasions').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    expect(
      await district.locator('taro-input-core[name="days-illness"] input').filter({ visible: true }).inputValue(),
    ).toBe('5');
    await screenshot(district, 'care-settings');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-care');
    await tap(member, 'care-open-roster');
    await visible(member, '张建国').click();
    await member.getByTestId('file-care').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await see(member, '重病住院（5天内）');
    await tap(member, 'occasion-illness');
    await typeInto(member, 'occasion-note', '因肺炎住院');
    await tap(member, 'record-occasion');
    await see(member, '已生成走访任务');
    await screenshot(member, 'care-occasion-recorded');

    await member.goto(`${trip.app.url}/features/care/pages/index`);
    const task = member.getByTestId('tasks').locator('.list-item').filter({ hasText: '张建国 · 重病住院' }).first();
    await task.waitFor({ timeout: 20_000 });
    await task.getByText('记录走访').click();
    await see(member, '六必访事由');
    // The occasion comes from the task, shown once the district's settings have loaded.
    await member
      .getByTestId('visit-occasion')
      .filter({ visible: true, hasText: '重病住院' })
      .first()
      .waitFor({ timeout: 20_000 });
    await typeInto(member, 'visitors', '黄丽娟');
    await typeArea(member, 'findings', '到医院探望，病情稳定。');
    await typeInto(member, 'money', '500');
    await tap(member, 'save-visit');
    await see(member, '六必访任务');
    await member.waitForFunction(
      () =>
        !Array.from(document.querySelectorAll('[data-testid="tasks"] .list-item')).some((e) =>
          (e.textContent ?? '').includes('张建国 · 重病住院'),
        ),
      null,
      { timeout: 20_000 },
    );
  });

  test("a request's handler marks a six-visit occasion and assigns it; the grid member finds the task", async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-inbox');
    await member.getByTestId('inbox').locator('[data-testid^="request-SQ-"]').first().click();
    await member.getByTestId('visit-occasion').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    // A step that needs a written reason is disabled until there is one, yet its label stays readable.
    const disabled = member.locator('[data-testid^="step-"][disabled=""]').filter({ visible: true }).first();
    const [color, background] = await disabled.evaluate((e) => [
      getComputedStyle(e).color,
      getComputedStyle(e).backgroundColor,
    ]);
    // Looks disabled (not the brand colour of a live button) and reads at WCAG AA contrast, 4.5:1 or more.
    expect(color).not.toBe('rgb(183, 28, 28)');
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
    await tap(member, 'mark-visit-occasion');
    await member.getByTestId('visit-task').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    const taskText = await textOf(member, 'visit-task');
    expect(taskText).toMatch(/已生成走访任务：.+，请于 \d{4}-\d{2}-\d{2} 前走访/);
    // 指派经办人: the grid's first active team member (the picker's default) now carries it, by name.
    const assign = member.getByTestId('assign').filter({ visible: true }).first();
    const person = (/经办人\s*(\S+?)\s*›/.exec(await assign.innerText()) ?? [])[1];
    expect(person).toBeTruthy();
    await assign.getByText('指派', { exact: true }).click();
    await see(member, `现在由：第三网格 ${person} 办理`);
    await screenshot(member, 'care-request-occasion');
    const label = /已生成走访任务：(.+?)，/.exec(taskText)![1];
    await member.goto(`${trip.app.url}/features/care/pages/index`);
    await member
      .getByTestId('tasks')
      .locator('.list-item')
      .filter({ hasText: label })
      .first()
      .waitFor({ timeout: 20_000 });
  });
});

/** WCAG 2 contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
