import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cloudSdk from 'wx-server-sdk';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { axeFindings, layoutFindings, settle } from './a11y';
import { ARTIFACTS, describeInBrowser, screenshot, see, typeInto, visible } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(420_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const GRID = 'g-10-01-3';
const ORGANISER = 'demo-station-staff-c-10-01';
const TITLE = '党员义工巡查队周末巡查';

describeInBrowser('a community volunteer activity from the group card to the certificate, in a real browser', () => {
  const trip = journey();
  const { as } = trip;

  /** Binds two more veterans of 张建国's grid to accounts, as registration would (the demo cast has one per grid). */
  async function bindNeighbours(): Promise<{ openid: string; name: string }[]> {
    const { cloud } = trip.app;
    const sdk = (cloudSdk as unknown as { createNewInstance(c: object): typeof cloudSdk }).createNewInstance({
      env: cloud.envId,
      serviceUrl: cloud.serviceUrl,
      secretId: 'local',
      secretKey: 'local',
    });
    const db = sdk.database();
    const free = cloud.db.browse('veterans', JSON.stringify({ gridId: GRID, openid: null }), 0, 2).docs as {
      _id: string;
      name: string;
    }[];
    const out = [];
    for (const [i, v] of free.entries()) {
      const openid = `e2e-volunteer-${i}`;
      await db.collection('veterans').doc(v._id).update({ data: { openid } });
      await db.collection('accounts').add({
        data: {
          _id: openid,
          veteranId: v._id,
          staffIds: [],
          supervisorIds: [],
          registrationId: null,
          createdAt: new Date(),
        },
      });
      out.push({ openid, name: v.name });
    }
    return out;
  }

  /** A veteran opens their grid group, taps the activity's card and signs up. */
  async function signUpFromCard(openid: string, label: string): Promise<Page> {
    const page = await as(openid, label, '/features/grid/pages/index');
    const card = page.getByTestId('activity-card').filter({ hasText: TITLE }).first();
    await card.waitFor({ timeout: 30_000 });
    await card.click();
    await tap(page, 'sign-up');
    return page;
  }

  test('create, sign up from the card, cancel moves the waiting list up, check in, hours, certificate', async () => {
    const [second, third] = await bindNeighbours();

    // The community's service station creates a volunteer activity for its whole community: 2 places, 2 waiting.
    const organiser = await as(ORGANISER, '梁晓梅');
    await tap(organiser, 'home-activity-create');
    await see(organiser, '活动类型');
    await typeInto(organiser, 'title', TITLE);
    await typeInto(organiser, 'place', '永济社区党群服务中心门口');
    await tap(organiser, 'audience-c-10-01');
    await typeInto(organiser, 'capacity', '2');
    await typeInto(organiser, 'waitlistCap', '2');
    await screenshot(organiser, 'activities-1-create');
    await tap(organiser, 'create-activity');
    await see(organiser, '报名名单（0人');
    const activity = trip.app.cloud.db.browse('activities', JSON.stringify({ title: TITLE }), 0, 1).docs[0] as {
      _id: string;
      startAt: { $date: string } | string;
    };

    // Three veterans of the grid sign up from the card in their group; the third lands on the waiting list.
    const zhang = await signUpFromCard('demo-veteran-1', '张建国');
    await see(zhang, '您已报名');
    const two = await signUpFromCard(second.openid, second.name);
    await see(two, '您已报名');
    const three = await signUpFromCard(third.openid, third.name);
    await see(three, '您在候补名单第 1 位');
    await screenshot(three, 'activities-2-waiting');

    // The second cancels: the first on the waiting list moves up.
    await tap(two, 'cancel-signup');
    await see(two, '确定取消报名吗');
    await visible(two, '确定', true).click();
    // The freed place went to the waiting list: still 2 of 2, so the one who cancelled may only join the waiting list.
    await see(two, '报名候补');
    await see(two, '已报名 2 / 2 人 · 候补 0 / 2 人');
    await three.reload();
    await see(three, '您已报名');
    await screenshot(three, 'activities-3-moved-up');

    // The day comes: the organiser shows the rotating code; 张建国 types it (H5); the third is ticked by name.
    const startAt = new Date(typeof activity.startAt === 'string' ? activity.startAt : activity.startAt.$date);
    trip.app.cloud.clock.set(new Date(startAt.getTime() + 10 * 60_000));
    await organiser.reload();
    const codeText = organiser.getByTestId('checkin-code').filter({ visible: true }).first();
    await organiser.waitForFunction(
      () => /^\d{6}$/.test(document.querySelector('[data-testid="checkin-code"]')?.textContent?.trim() ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    const code = (await codeText.innerText()).trim();
    // The QR image, read back from the screen's pixels as the attendee's camera would: it holds the scan token
    // of the window (16 bytes of HMAC-SHA256 of the activity's secret and `scan:<window>`, computed here from the
    // store), not the digits. The code rotates every 30 s: the image read may be a neighbouring window's.
    const shown = await organiser.getByTestId('checkin-qr').filter({ visible: true }).first().screenshot();
    const png = PNG.sync.read(shown);
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    const { checkinSecret } = trip.app.cloud.db.browse('activities', JSON.stringify({ _id: activity._id }), 0, 1)
      .docs[0] as { checkinSecret: string };
    const shownWindow = Math.floor(trip.app.cloud.clock.now().getTime() / 30_000);
    const tokens = [shownWindow - 1, shownWindow, shownWindow + 1].map(
      (w) =>
        `vetgrid-checkin:${createHmac('sha256', checkinSecret).update(`scan:${w}`).digest().subarray(0, 16).toString('base64url')}`,
    );
    expect(tokens).toContain(scanned);
    await screenshot(organiser, 'activities-4-code');
    // The phone's clock is two days behind the (moved) server's, as a wrongly set phone would be: the countdown
    // still runs within one 30 s window, so the code keeps changing.
    const countdown = await organiser.getByTestId('checkin-code-card').filter({ visible: true }).first().innerText();
    const left = Number(/（(\d+)秒后更换）/.exec(countdown)?.[1]);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(30);
    await zhang.reload();
    await see(zhang, '现场签到');
    await typeInto(zhang, 'checkin-code', code);
    await tap(zhang, 'submit-checkin');
    await see(zhang, '您已报名，已签到');
    await organiser.reload();
    await tap(organiser, `tick-${third.name}`);
    await organiser.getByTestId('record-hours').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
    await see(organiser, '登记服务时长（2人');
    await tap(organiser, 'record-hours');
    await organiser.getByTestId('roster-张建国').getByText('已登记 2小时').waitFor({ timeout: 20_000 });
    await see(organiser, '已登记 2小时');
    await screenshot(organiser, 'activities-5-hours');

    // A mistake is corrected with a reason, never recorded twice; the correction stays on record.
    await tap(organiser, `open-correct-${third.name}`);
    await organiser
      .getByTestId(`correct-${third.name}`)
      .locator('taro-input-core[name="corrected-hours"] input')
      .fill('2.5');
    await typeInto(organiser, 'correction-reason', '帮忙收拾场地，多服务了半小时');
    await tap(organiser, 'save-correction');
    await see(organiser, '时长更正记录');
    await see(organiser, `${third.name}：2小时 → 2.5小时，帮忙收拾场地，多服务了半小时`);
    await screenshot(organiser, 'activities-5b-correction');
    await organiser.getByTestId('roster-张建国').getByTestId('issue-certificate').click();
    await see(organiser, '志愿服务记录证明');

    // 张建国 sees the hours on 我的志愿服务 and opens the certificate.
    await zhang.goto(new URL('/features/activities/pages/my-record', trip.app.url).toString());
    await see(zhang, '累计志愿服务时长');
    await see(zhang, TITLE);
    expect((await zhang.getByTestId('total-hours').innerText()).replace(/\s/g, '')).toContain('2小时');
    await screenshot(zhang, 'activities-6-my-record');
    // He registers as a volunteer on the same page: skills, when, where.
    await tap(zhang, 'skills-patrol');
    await tap(zhang, 'availability-weekend');
    await tap(zhang, 'register-volunteer');
    await see(zhang, '我是志愿者');
    // Each fact of the registration on its own labelled line.
    const facts = (await zhang.getByTestId('volunteer-card').filter({ visible: true }).first().innerText()).split('\n');
    expect(facts.map((l) => l.trim()).filter(Boolean)).toEqual(
      expect.arrayContaining(['特长', '巡逻值守', '服务时间', '周末', '服务区域']),
    );
    // The community records a training he attended and an award, from his roster row; he sees both.
    await organiser.goto(new URL(`/features/activities/pages/organise?id=${activity._id}`, trip.app.url).toString());
    await organiser.getByTestId('roster-张建国').getByTestId('honour-张建国').click();
    await see(organiser, '记录张建国的培训或表彰');
    await typeInto(organiser, 'honour-title', '应急救护培训');
    await typeInto(organiser, 'honour-hours', '3');
    await tap(organiser, 'save-honour');
    await see(organiser, '已记录');
    await screenshot(organiser, 'activities-6b-honour');
    await tap(organiser, 'honour-kind-award');
    await typeInto(organiser, 'honour-title', '优秀志愿者');
    await tap(organiser, 'save-honour');
    const honours = () => trip.app.cloud.db.browse('volunteerHonours', '{}', 0, 0).total;
    for (let i = 0; i < 100 && honours() < 2; i++) await organiser.waitForTimeout(200);
    expect(honours()).toBe(2);
    await zhang.reload();
    await see(zhang, '应急救护培训');
    expect(await zhang.getByTestId('training').filter({ visible: true }).first().innerText()).toContain('3小时');
    await zhang
      .getByTestId('awards')
      .filter({ visible: true })
      .getByText('优秀志愿者')
      .first()
      .waitFor({ timeout: 20_000 });
    await tap(zhang, 'certificate-row');
    await see(zhang, '兹证明 张建国');
    expect(await zhang.getByTestId('certificate-hours').innerText()).toBe('累计服务时长：2小时');
    const numberLine = await zhang.getByTestId('certificate-number').innerText();
    const number = /[A-Z2-9]{16}/.exec(numberLine)![0];
    await screenshot(zhang, 'activities-7-certificate');

    // Anyone checks the number: a masked name, the hours, the issuer.
    await three.goto(new URL('/features/activities/pages/verify', trip.app.url).toString());
    await typeInto(three, 'certificate-number', number);
    await tap(three, 'verify-certificate');
    await see(three, '证明有效');
    const result = await three.getByTestId('verify-result').innerText();
    expect(result).toContain('2小时');
    expect(result).toContain('永济社区');
    expect(result).not.toContain('张建国');
    expect(result).toContain('张*');

    const zhangId = (
      trip.app.cloud.db.browse('veterans', JSON.stringify({ openid: 'demo-veteran-1' }), 0, 1).docs[0] as {
        _id: string;
      }
    )._id;
    // The new pages pass axe (WCAG 2 A/AA, nothing serious or critical) and keep labels whole, in both modes.
    const detail = `/features/activities/pages/detail?id=${activity._id}`;
    const pages: [Page, string][] = [
      [zhang, '/features/activities/pages/index'],
      [zhang, detail],
      [zhang, '/features/activities/pages/my-record'],
      [zhang, `/features/activities/pages/certificate?number=${number}`],
      [zhang, '/features/activities/pages/verify'],
      [zhang, '/features/grid/pages/index'],
      [organiser, '/features/activities/pages/create'],
      [organiser, `/features/activities/pages/organise?id=${activity._id}`],
      [organiser, `/features/activities/pages/honour?veteranId=${zhangId}&orgId=c-10-01&name=张建国`],
    ];
    const findings: string[] = [];
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const elder of [false, true]) {
      // 长辈模式 follows the person's account (a page load takes it from there).
      for (const openid of ['demo-veteran-1', ORGANISER]) await saveElderModeOf(trip.app, openid, elder);
      for (const [i, [page, route]] of pages.entries()) {
        await page.evaluate(
          (on) => window.localStorage.setItem('vetgrid.elderMode', JSON.stringify({ data: on })),
          elder,
        );
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(new URL(route, trip.app.url).toString());
        await settle(page);
        for (const f of await axeFindings(page)) findings.push(`${route} ${elder ? 'elder' : 'standard'}: ${f}`);
        for (const width of [360, 430]) {
          await page.setViewportSize({ width, height: 844 });
          await page.waitForTimeout(200);
          for (const f of await layoutFindings(page))
            findings.push(`${route} ${elder ? 'elder' : 'standard'} ${width}px ${f}`);
        }
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({
          path: path.join(ARTIFACTS, `a11y-activities-${i}-${elder ? 'elder' : 'standard'}.png`),
        });
      }
    }
    expect(findings).toEqual([]);
  });
});
