import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { dayIn, dayWindow } from '../common/dates';
import { MASK_MODES, STAGE_KINDS, type MaskMode, type StageKind } from './model';

export interface StageView {
  id: string;
  year: number;
  kind: StageKind;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface NoticeView {
  id: string;
  stageId: string;
  year: number;
  kind: StageKind;
  stageLabel: string;
  title: string;
  maskMode: MaskMode;
  candidates: { candidateNo: string; displayName: string; result: string }[];
  publicityStart: string;
  publicityEnd: string;
  /** 公示中 / 公示期满 / 未开始 */
  phase: 'upcoming' | 'open' | 'completed';
}

/** A recruitment stage's days and a notice's publicity days (the pickers offer the same). */
export const STAGE_DAYS = dayWindow(366, 731, '阶段日期应在一年前至两年后之间');
export const PUBLICITY_DAYS = dayWindow(366, 366, '公示日期应在一年前至一年后之间');
const stageDay = dayIn(STAGE_DAYS);
const publicityDay = dayIn(PUBLICITY_DAYS);

/** The office sets a stage of a year's recruitment (one per kind and year; saving again moves its dates). */
export const saveStage = defineContract<StageView>()({
  fn: 'supervision',
  action: 'saveStage',
  input: z
    .object({
      year: z.number().int().min(2000).max(2100),
      kind: z.enum(STAGE_KINDS),
      startsOn: stageDay,
      endsOn: stageDay,
    })
    .strict()
    .refine((v) => v.endsOn >= v.startsOn, { message: '结束日期不能早于开始日期', path: ['endsOn'] }),
  errors: ['FORBIDDEN'],
});

/** The stages (for supervisors choosing where they saw something, and for the office). */
export const listStages = defineContract<{ items: StageView[] }>()({
  fn: 'supervision',
  action: 'listStages',
  input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
  errors: ['FORBIDDEN'],
});

const candidate = z
  .object({
    candidateNo: lineText().min(1, '请填写报名编号').max(32, '报名编号过长'),
    name: lineText().min(1, '请填写姓名').max(30, '姓名不能超过30个字'),
    result: lineText().min(1, '请填写结论').max(20, '结论不能超过20个字'),
  })
  .strict();

/**
 * The office publishes a notice (公示) of a stage's candidates. An approval (审批定兵) list naming anyone who
 * did not appear in a completed 体检 AND 政治考核 notice of the same year is refused, naming them.
 */
export const publishNotice = defineContract<NoticeView>()({
  fn: 'supervision',
  action: 'publishNotice',
  input: z
    .object({
      stageId: lineText().min(1, '请选择阶段').max(64, '阶段编号过长'),
      title: lineText().min(2, '请填写公示标题').max(60, '标题不能超过60个字'),
      candidates: z.array(candidate).min(1, '公示名单不能为空').max(500, '一次最多公示500人'),
      maskMode: z.enum(MASK_MODES, { errorMap: () => ({ message: '请选择姓名公示方式' }) }),
      publicityStart: publicityDay,
      publicityEnd: publicityDay,
    })
    .strict()
    .refine((v) => v.publicityEnd >= v.publicityStart, {
      message: '公示结束日期不能早于开始日期',
      path: ['publicityEnd'],
    })
    .refine((v) => new Set(v.candidates.map((c) => c.candidateNo)).size === v.candidates.length, {
      message: '名单中有重复的报名编号',
      path: ['candidates'],
    }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** Notices, newest first; names masked as the office chose. */
export const listNotices = defineContract<{ items: NoticeView[] }>()({
  fn: 'supervision',
  action: 'listNotices',
  input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
  errors: ['FORBIDDEN'],
});

/** The ten prohibitions (十个严禁), as the office keeps them. */
export const getProhibitions = defineContract<{ items: string[]; updatedAt: string | null }>()({
  fn: 'supervision',
  action: 'getProhibitions',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});

export const saveProhibitions = defineContract<{ items: string[]; updatedAt: string }>()({
  fn: 'supervision',
  action: 'saveProhibitions',
  input: z
    .object({
      items: z
        .array(lineText().min(4, '每条至少4个字').max(120, '每条不能超过120个字'))
        .length(10, '“十个严禁”应为10条'),
    })
    .strict(),
  errors: ['FORBIDDEN'],
});
