import type { Page } from 'playwright-core';
import { localSdk } from '../../scripts/seed-local';
import type { VeteranDoc } from '../../types/veteran/model';
import { layoutFindings } from './a11y';
import { describeInBrowser, screenshot, see, typeInto } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const STATION = { openid: 'demo-station-staff-c-10-01', label: '永济社区服务站' };
const VETERAN = { openid: 'demo-veteran-1', label: '张建国' };
const LEADER_OPENID = 'e2e-team-leader';
const press = (page: Page, text: string) =>
  page.locator('taro-button-core').filter({ hasText: text }).filter({ visible: true }).first().click();

/**
 * Issue 15 item 3: a community's 党员义工巡查队. The station sets it up with a leader among the community's
 * registered volunteers; a veteran asks to join; the leader accepts; the veteran is then a member (and in
 * the team's group). At phone width, and in 长辈模式.
 */
describeInBrowser('志愿服务队: set up by the station, joined by a veteran, accepted by the leader', () => {
  const trip = journey('/features/activities/pages/teams');
  let leader: VeteranDoc;

  beforeAll(async () => {
    const db = trip.app.cloud.db;
    const free = db.browse('veterans', JSON.stringify({ 'orgPath.2': 'c-10-01', openid: null }), 0, 1)
      .docs[0] as VeteranDoc;
    leader = free;
    // The leader-to-be has WeChat bound (as a registration leaves it); both are registered volunteers.
    await localSdk(trip.app.cloud)
      .database()
      .collection('veterans')
      .doc(free._id)
      .update({ data: { openid: LEADER_OPENID } });
    db.importDocuments('accounts', [
      {
        _id: LEADER_OPENID,
        veteranId: free._id,
        staffIds: [],
        supervisorIds: [],
        registrationId: null,
        createdAt: new Date(),
      },
    ]);
    const zhang = db.browse('veterans', JSON.stringify({ openid: VETERAN.openid }), 0, 1).docs[0] as VeteranDoc;
    db.importDocuments(
      'volunteers',
      [free, zhang].map((f) => ({
        _id: f._id,
        veteranId: f._id,
        name: f.name,
        orgPath: f.orgPath,
        skills: ['patrol'],
        otherSkill: '',
        availability: ['weekend'],
        areaOrgId: 'c-10-01',
        areaName: '永济社区',
        registeredAt: new Date(),
        updatedAt: new Date(),
      })),
    );
  });

  test('the station sets it up, 张建国 asks to join, the leader accepts; 长辈模式 at 360 px', async () => {
    const station = await trip.as(STATION.openid, STATION.label);
    await see(station, '组建志愿服务队', 40_000);
    await typeInto(station, 'teamName', '党员义工巡查队');
    await station.getByTestId('leader-choice').filter({ hasText: leader.name }).locator('taro-button-core').click();
    await see(station, `队长：${leader.name}`);
    await press(station, '组建');
    await see(station, `永济社区 · 队长 ${leader.name} · 1人`);
    await screenshot(station, 'volunteer-teams-1-station');

    const zhang = await trip.as(VETERAN.openid, VETERAN.label);
    await see(zhang, '党员义工巡查队', 40_000);
    await press(zhang, '申请加入');
    await see(zhang, '已申请，等待队长同意');

    const lead = await trip.as(LEADER_OPENID, leader.name);
    await see(lead, '我是队长', 40_000);
    await press(lead, '队员和入队申请');
    await see(lead, '待同意的申请');
    await screenshot(lead, 'volunteer-teams-2-leader-request');
    await lead
      .getByTestId('team-request')
      .filter({ hasText: VETERAN.label })
      .locator('taro-button-core')
      .first()
      .click();
    await see(lead, `${leader.name}（队长）、${VETERAN.label}`);
    // In the team's group now, as a member.
    const group = trip.app.cloud.db.browse(
      'groupMembers',
      JSON.stringify({ openid: VETERAN.openid, key: { $regex: '^v:' } }),
      0,
      10,
    ).docs as { groupId: string }[];
    expect(group.some((g) => g.groupId.startsWith('team__'))).toBe(true);

    // The leader organises one for the team: only its members may sign up; 张建国 sees it among his.
    await lead.getByTestId('team-new-activity').filter({ visible: true }).first().click();
    await see(lead, '面向：党员义工巡查队的队员', 40_000);
    await typeInto(lead, 'title', '无物业小区夜间巡查');
    await typeInto(lead, 'place', '永济社区党群服务中心门口');
    await typeInto(lead, 'capacity', '8');
    await screenshot(lead, 'volunteer-teams-3-leader-creates');
    await lead.getByTestId('create-activity').filter({ visible: true }).first().click();
    await see(lead, '报名名单（0人', 40_000);
    const made = trip.app.cloud.db.browse('activities', JSON.stringify({ title: '无物业小区夜间巡查' }), 0, 1)
      .docs[0] as { audienceTeamId: string; teamLeaderVeteranId: string };
    expect(made.teamLeaderVeteranId).toBe(leader._id);
    const list = await trip.as(VETERAN.openid, VETERAN.label, '/features/activities/pages/index');
    await see(list, '无物业小区夜间巡查', 40_000);

    await saveElderModeOf(trip.app, VETERAN.openid, true);
    const elder = await trip.as(VETERAN.openid, VETERAN.label);
    await see(elder, '我是队员', 40_000);
    await see(elder, `永济社区 · 队长 ${leader.name} · 2人`);
    await elder.setViewportSize({ width: 360, height: 780 });
    expect(await layoutFindings(elder)).toEqual([]);
    await screenshot(elder, 'volunteer-teams-4-member-elder-360');
    await saveElderModeOf(trip.app, VETERAN.openid, false);

    // The leader moves away: the station names 张建国 leader in his place.
    const again = await trip.as(STATION.openid, STATION.label);
    await press(again, '队员和入队申请');
    await again.getByTestId('team-member').filter({ hasText: VETERAN.label }).locator('taro-button-core').click();
    await see(again, `永济社区 · 队长 ${VETERAN.label} · 2人`);
    await screenshot(again, 'volunteer-teams-5-new-leader');
  });
});
