import ExcelJS from 'exceljs';
import type { VeteranDoc } from '../../types/veteran/model';
import { layoutFindings } from './a11y';
import { describeInBrowser, screenshot, see, typeInto, visible } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(240_000);

const STATION = { openid: 'demo-station-staff-c-10-01', label: '永济社区服务站' };
const STREET = { openid: 'demo-street-admin-s-10', label: '吴国强' };

/**
 * Issue 15 item 3: the organising node's 志愿者名册 with the hours organisers recorded, and the export for the
 * volunteer system civil affairs designates (masked for the station, in full for the street).
 */
describeInBrowser(
  '志愿者名册: the volunteers of a community with their hours, exported for the volunteer system',
  () => {
    const trip = journey('/features/activities/pages/index');
    let people: VeteranDoc[];

    beforeAll(async () => {
      const db = trip.app.cloud.db;
      people = (db.browse('veterans', JSON.stringify({ 'orgPath.2': 'c-10-01' }), 0, 3).docs as VeteranDoc[]).slice(
        0,
        3,
      );
      db.importDocuments(
        'volunteers',
        people.map((f, i) => ({
          _id: f._id,
          veteranId: f._id,
          name: f.name,
          orgPath: f.orgPath,
          skills: ['patrol', 'first_aid'].slice(0, i + 1),
          otherSkill: '',
          availability: ['weekend', 'on_call'],
          areaOrgId: 'c-10-01',
          areaName: '永济社区',
          registeredAt: new Date(Date.UTC(2026, 0, 10 + i)),
          updatedAt: new Date(Date.UTC(2026, 0, 10 + i)),
        })),
      );
      db.importDocuments('activitySignups', [
        {
          _id: `e2e-act_${people[0]._id}`,
          activityId: 'e2e-act',
          veteranId: people[0]._id,
          minutes: 150,
          status: 'signed_up',
          activityStartAt: new Date(Date.UTC(2026, 4, 1)),
        },
      ]);
    });

    test('the station sees who volunteers and their hours, and exports the list masked; also in 长辈模式 at 360 px', async () => {
      const station = await trip.as(STATION.openid, STATION.label);
      await visible(station, '志愿者名册', true).click();
      await see(station, '永济社区志愿者 3 人', 40_000);
      // Newest registration first; 2.5 hours over one service for the one who served.
      const names = await station.getByTestId('volunteer-row').locator('.volunteer-name').allInnerTexts();
      expect(names).toEqual([people[2].name, people[1].name, people[0].name]);
      await see(station, '2.5小时 · 1次');
      await station.waitForTimeout(800); // the page's slide-in
      await screenshot(station, 'volunteer-roster-1-station');
      expect(await station.getByText('完整导出').filter({ visible: true }).count()).toBe(0);

      await typeInto(station, 'volunteerExportReason', '报送区民政局');
      const [download] = await Promise.all([
        station.waitForEvent('download'),
        visible(station, '导出名册（隐去身份证号和电话）').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^永济社区志愿者名册_\d{4}-\d{2}-\d{2}\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile((await download.path()) as string);
      const sheet = book.worksheets[0];
      expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['姓名', '证件类型', '证件号码']);
      expect(sheet.rowCount).toBe(4);
      expect(String(sheet.getRow(4).getCell(3).value)).toBe(people[0].idMasked);
      await see(station, '已导出 3 人');

      await saveElderModeOf(trip.app, STATION.openid, true);
      const elder = await trip.as(STATION.openid, STATION.label, '/features/activities/pages/volunteers');
      await see(elder, '永济社区志愿者 3 人', 40_000);
      await elder.setViewportSize({ width: 360, height: 780 });
      expect(await layoutFindings(elder)).toEqual([]);
      await screenshot(elder, 'volunteer-roster-2-station-elder-360');
      await saveElderModeOf(trip.app, STATION.openid, false);
    });

    test('the street sees its whole street and may export in full', async () => {
      const street = await trip.as(STREET.openid, STREET.label, '/features/activities/pages/volunteers');
      await see(street, '南屏镇志愿者', 40_000);
      await see(street, '完整导出（含完整身份证号和电话）');
      await screenshot(street, 'volunteer-roster-3-street');
    });
  },
);
