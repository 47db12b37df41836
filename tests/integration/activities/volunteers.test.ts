/** @jest-environment node */
import { myVolunteerProfile, registerVolunteer } from '../../../types/activities/volunteers';
import type { Stack } from '../../support/stack';
import { careStack, P, raw } from '../care/care-stack';

let stack: Stack;
const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) => [res.error?.code, res.error?.field];

beforeAll(async () => {
  stack = await careStack();
}, 120_000);
afterAll(() => stack.close());

describe('registering as a volunteer', () => {
  it('a veteran registers skills, times and an area of their own; changing it keeps one registration', async () => {
    const blank = await stack.ok(myVolunteerProfile, {}, P.veteranA);
    expect(blank.registered).toBe(false);
    // 张建国 lives in 南屏镇永济社区第三网格: he may serve there, in his community, his town or the district.
    expect(blank.areaOptions.map((o) => o.name)).toEqual(['第三网格', '永济社区', '南屏镇', '香洲区']);
    const community = blank.areaOptions[1].id;
    await stack.ok(
      registerVolunteer,
      { skills: ['patrol', 'first_aid'], availability: ['weekend'], areaOrgId: community },
      P.veteranA,
    );
    const first = await stack.ok(myVolunteerProfile, {}, P.veteranA);
    expect(first).toMatchObject({
      registered: true,
      skills: ['patrol', 'first_aid'],
      availability: ['weekend'],
      areaOrgId: community,
    });
    await stack.ok(
      registerVolunteer,
      { skills: [], otherSkill: '会修自行车', availability: ['weekend', 'on_call'], areaOrgId: community },
      P.veteranA,
    );
    const rows = raw(stack, 'volunteers', {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ otherSkill: '会修自行车', areaName: '永济社区' });
    expect((await stack.ok(myVolunteerProfile, {}, P.veteranA)).registeredAt).toBe(first.registeredAt);
  });

  it('refused, with nothing written: an area elsewhere, no skill, no time, staff without a file of their own', async () => {
    const before = raw(stack, 'volunteers', {}).length;
    const elsewhere = await stack.metered(
      registerVolunteer,
      { skills: ['patrol'], availability: ['weekend'], areaOrgId: 'c-01-01' },
      P.veteranA,
    );
    expect(codeOf(elsewhere.res)).toEqual(['INVALID_INPUT', 'areaOrgId']);
    const noSkill = await stack.metered(
      registerVolunteer,
      { skills: [], availability: ['weekend'], areaOrgId: 's-10' },
      P.veteranA,
    );
    expect(codeOf(noSkill.res)).toEqual(['INVALID_INPUT', 'skills']);
    const noTime = await stack.metered(
      registerVolunteer,
      { skills: ['patrol'], availability: [], areaOrgId: 's-10' },
      P.veteranA,
    );
    expect(codeOf(noTime.res)).toEqual(['INVALID_INPUT', 'availability']);
    const staff = await stack.metered(
      registerVolunteer,
      { skills: ['patrol'], availability: ['weekend'], areaOrgId: 's-10' },
      P.streetA,
    );
    expect(codeOf(staff.res)[0]).toBe('FORBIDDEN');
    for (const r of [elsewhere, noSkill, noTime, staff]) expect(r.writes).toBe(0);
    expect(raw(stack, 'volunteers', {})).toHaveLength(before);
  });
});
