import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/** What a volunteer can do (the district's list; 其他 with words of their own). */
export const VOLUNTEER_SKILLS = [
  'patrol',
  'policy_talk',
  'first_aid',
  'counselling',
  'performance',
  'driving',
  'repair',
  'photography',
] as const;
export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number];
export const VOLUNTEER_SKILL_LABELS: Record<VolunteerSkill, string> = {
  patrol: '巡逻值守',
  policy_talk: '政策宣讲',
  first_aid: '医疗救护',
  counselling: '心理疏导',
  performance: '文艺表演',
  driving: '驾驶',
  repair: '家电维修',
  photography: '摄影宣传',
};

export const AVAILABILITY = ['weekday_day', 'weekday_evening', 'weekend', 'on_call'] as const;
export type Availability = (typeof AVAILABILITY)[number];
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  weekday_day: '工作日白天',
  weekday_evening: '工作日晚上',
  weekend: '周末',
  on_call: '随叫随到',
};

/** Collection `volunteers`, _id = the veteran's id: one registration per person, changed in place. */
export interface VolunteerDoc {
  _id: string;
  veteranId: string;
  name: string;
  /** The veteran's org path when they registered (district first, their grid last). */
  orgPath: string[];
  skills: VolunteerSkill[];
  otherSkill: string;
  availability: Availability[];
  /** Where they will serve: a node of their own path (their grid, community, street or the district). */
  areaOrgId: string;
  areaName: string;
  registeredAt: Date;
  updatedAt: Date;
}

/** A veteran registers as a volunteer, or changes their registration. */
export const registerVolunteer = defineContract<{ registered: true }>()({
  fn: 'activities',
  action: 'registerVolunteer',
  input: z
    .object({
      skills: z.array(z.enum(VOLUNTEER_SKILLS)).max(VOLUNTEER_SKILLS.length).default([]),
      otherSkill: lineText().max(30, '其他特长不能超过30个字').default(''),
      availability: z.array(z.enum(AVAILABILITY)).min(1, '请选择可以服务的时间').max(AVAILABILITY.length),
      areaOrgId: docId,
    })
    .strict()
    .refine((v) => v.skills.length > 0 || v.otherSkill.length > 0, {
      message: '请至少选择一项特长，或填写其他特长',
      path: ['skills'],
    }),
  errors: ['FORBIDDEN', 'CONFLICT'],
});

export interface VolunteerProfileView {
  registered: boolean;
  skills: VolunteerSkill[];
  otherSkill: string;
  availability: Availability[];
  areaOrgId: string | null;
  /** The places the person may choose to serve in: their grid, community, street, the district. */
  areaOptions: { id: string; name: string }[];
  registeredAt: string | null;
}

/** The caller's own volunteer registration (or the blank form with their area options). */
export const myVolunteerProfile = defineContract<VolunteerProfileView>()({
  fn: 'activities',
  action: 'myVolunteerProfile',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});
