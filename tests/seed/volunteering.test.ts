/** @jest-environment node */
import { SEED_NOW, generated } from './generated-district';

/**
 * The demo district's volunteering (issue 15): registered volunteers and, in every community with a station,
 * past activities with hours and one open for sign-up, so 志愿活动 and the dashboard's figures are not empty
 * in the demo. Expected values are counted from the generated documents themselves, as a scan would.
 */
describe('volunteering in the full demo district', () => {
  const d = generated('full').district;
  const now = SEED_NOW.getTime();
  const byId = new Map(d.veterans.map((v) => [v._id, v]));
  const volunteerIds = new Set(d.volunteers.map((v) => v.veteranId));

  test('about 8% of the veterans of working age volunteer, each registered in their own community', () => {
    const year = SEED_NOW.getUTCFullYear();
    const working = d.veterans.filter((v) => {
      const age = year - Number(v.birthDate.slice(0, 4));
      return v.lifeStatus === 'in_district' && v.category === 'veteran' && age >= 25 && age <= 75;
    });
    const share = d.volunteers.length / working.length;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.1);
    for (const v of d.volunteers) {
      const file = byId.get(v.veteranId)!;
      expect([v._id, v.orgPath, v.areaOrgId]).toEqual([file._id, file.orgPath, file.orgPath[2]]);
      expect(v.registeredAt.getTime()).toBeLessThan(now);
    }
  });

  test('every community with a station has two past activities and one open for sign-up', () => {
    const communities = new Set(d.activities.map((a) => a.organiserOrgId));
    expect(communities.size).toBeGreaterThan(100);
    for (const c of communities) {
      const own = d.activities.filter((a) => a.organiserOrgId === c);
      expect(own.filter((a) => a.startAt.getTime() < now)).toHaveLength(2);
      const open = own.filter((a) => a.startAt.getTime() > now);
      expect(open).toHaveLength(1);
      expect(open[0].signupDeadline.getTime()).toBeGreaterThan(now);
      expect(open[0].cardKey).toMatch(/^\d{13}[0-9a-f]{8}$/);
    }
  });

  test('seats add up; sign-ups are volunteers of the community; hours only on past activities, as recorded', () => {
    for (const a of d.activities) {
      const signed = d.activitySignups.filter((s) => s.activityId === a._id && s.status === 'signed');
      expect(a.remaining).toBe(a.capacity - signed.length);
      expect(a.waitRemaining).toBe(a.waitlistCap);
      const past = a.startAt.getTime() < now;
      for (const s of signed) {
        expect(volunteerIds.has(s.veteranId)).toBe(true);
        expect(byId.get(s.veteranId)!.orgPath[2]).toBe(a.audienceOrgId);
        expect(s._id).toBe(`${a._id}_${s.veteranId}`);
        if (past)
          expect([!!s.checkedInAt, s.minutes]).toEqual([true, (a.endAt.getTime() - a.startAt.getTime()) / 60_000]);
        else expect([s.checkedInAt, s.minutes]).toEqual([null, null]);
      }
      expect(!!a.summary).toBe(past);
    }
  });

  test('the district row of the dashboard holds what the activities, sign-ups and volunteers add up to', () => {
    const district = d.orgs.find((o) => o.kind === 'district')!._id;
    const rows = d.activityMonthly.filter((r) => r.orgId === district);
    const sum = (f: 'activities' | 'serviceMinutes' | 'peopleReached' | 'volunteers') =>
      rows.reduce((n, r) => n + Object.values(r.months).reduce((m, x) => m + (x[f] ?? 0), 0), 0);
    const held = d.activities.filter((a) => a.startAt.getTime() < now);
    expect(sum('activities')).toBe(held.length);
    expect(sum('serviceMinutes')).toBe(d.activitySignups.reduce((n, s) => n + (s.minutes ?? 0), 0));
    expect(sum('peopleReached')).toBe(held.reduce((n, a) => n + (a.summary?.peopleReached ?? 0), 0));
    expect(sum('volunteers')).toBe(d.volunteers.length);
  });

  test('a 党员义工巡查队 in a community of each street: its leader and members volunteers living there, its group', () => {
    const streets = d.orgs.filter((o) => o.kind === 'street');
    expect(d.volunteerTeams).toHaveLength(streets.length);
    for (const t of d.volunteerTeams) {
      const members = d.teamMembers.filter((m) => m.teamId === t._id);
      expect(members.every((m) => m.status === 'member')).toBe(true);
      expect(t.members).toBe(members.length);
      expect(members.map((m) => m.veteranId)).toContain(t.leaderVeteranId);
      for (const m of members) {
        expect(volunteerIds.has(m.veteranId)).toBe(true);
        expect(byId.get(m.veteranId)!.orgPath[2]).toBe(t.orgId);
        // Not bound to an account: the seed writes no group memberships.
        expect(byId.get(m.veteranId)!.openid).toBeNull();
      }
      expect(d.groups.find((g) => g._id === t.groupId)).toMatchObject({
        kind: 'explicit',
        name: t.name,
        orgPath: t.orgPath,
      });
    }
  });

  test('the tiny test district has none', () => {
    const t = generated('tiny').district;
    expect([t.volunteers.length, t.activities.length, t.activitySignups.length, t.volunteerTeams.length]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});
