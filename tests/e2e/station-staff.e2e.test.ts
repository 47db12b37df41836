import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see, visible } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(240_000);

const STATION = { openid: 'demo-station-staff-c-10-01', label: '梁晓梅' };
const GRID_MEMBER = { openid: 'demo-grid-member-g-10-01-3', label: '黄丽娟' };

/**
 * Issue 13 item 1, as the integrator decided from PRODUCT.md: a community's station imports the ledger of its
 * own community and manages the staff of its grid teams; bulk exports leave the system with station, street
 * and district staff only, so the grid team's dashboard offers none. Each page at phone width, in both modes.
 */
describeInBrowser('what a station and a grid member are offered', () => {
  const j = journey('/features/me/pages/index');
  const absent = async (page: Page, text: string) =>
    expect(await page.getByText(text).filter({ visible: true }).count()).toBe(0);

  for (const elder of [false, true]) {
    const mode = elder ? 'elder' : 'standard';

    test(`a station imports its ledger and manages its grid teams (${mode})`, async () => {
      await saveElderModeOf(j.app, STATION.openid, elder);
      const me = await j.as(STATION.openid, STATION.label);
      await see(me, '人员管理');
      await screenshot(me, `station-me-${mode}`);

      const ledger = await j.as(STATION.openid, STATION.label, '/features/ledger/pages/staff');
      await see(ledger, '导入台账');
      await see(ledger, '导出台账（隐去身份证号和电话）');
      await absent(ledger, '完整导出');
      await screenshot(ledger, `station-ledger-${mode}`);

      const team = await j.as(STATION.openid, STATION.label, '/features/staff/pages/team');
      await see(team, '永济社区 的工作人员');
      await absent(team, '只有上级单位的管理员或社区服务站可以管理工作人员。');
      await visible(team, '第三网格').first().click();
      await see(team, '第三网格 的工作人员');
      await see(team, '邀请');
      await screenshot(team, `station-team-${mode}`);
    });

    test(`a grid member reads the dashboard but is offered no export (${mode})`, async () => {
      await saveElderModeOf(j.app, GRID_MEMBER.openid, elder);
      const page = await j.as(GRID_MEMBER.openid, GRID_MEMBER.label, '/features/dashboard/pages/index');
      await see(page, '各月走访');
      await absent(page, '导出 Excel');
      await absent(page, '导出分月统计表');
      await screenshot(page, `grid-member-dashboard-${mode}`);
    });
  }
});
