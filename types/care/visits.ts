import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { dayIn, dayWindow } from '../common/dates';
import { fen } from '../common/money';
import { imageUpload } from '../common/uploads';
import { VISIT_KINDS, type VisitKind } from './model';

/** A visit's day: the past year, not after today (the picker offers the same). */
export const VISIT_DAYS = dayWindow(366, 0, '走访日期应在一年内，且不能晚于今天');

export const VISIT_PHOTOS_MAX = 9;

const text = (max: number, what: string) => multilineText().max(max, `${what}不能超过${max}个字`);

/** A grid member or staff logs a visit (走访慰问) to a veteran or their household. */
export const logVisit = defineContract<{ id: string; valueFen: number }>()({
  fn: 'care',
  action: 'logVisit',
  input: z
    .object({
      veteranId: docId,
      date: dayIn(VISIT_DAYS),
      kind: z.enum(VISIT_KINDS, { errorMap: () => ({ message: '请选择走访类型' }) }),
      occasion: lineText().max(30, '事由不能超过30个字').nullable().default(null),
      campaignId: docId.nullable().default(null),
      taskId: docId.nullable().default(null),
      household: z.boolean().default(false),
      visitors: z.array(text(20, '走访人姓名').min(1, '请填写走访人')).min(1, '请填写走访人').max(10, '走访人最多10位'),
      findings: text(1000, '走访情况').min(1, '请填写走访情况'),
      goods: text(200, '慰问物品').default(''),
      goodsValueFen: fen(50_000, '物品价值').default(0),
      moneyFen: fen(50_000, '慰问金').default(0),
      photos: z.array(lineText().max(300)).max(VISIT_PHOTOS_MAX, `照片最多${VISIT_PHOTOS_MAX}张`).default([]),
      followUp: z.boolean().default(false),
      followUpNote: text(500, '后续跟进').default(''),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface VisitView {
  id: string;
  veteranId: string;
  veteranName: string;
  date: string;
  kind: VisitKind;
  kindLabel: string;
  occasionLabel: string | null;
  visitors: string[];
  findings: string;
  goods: string;
  valueFen: number;
  household: boolean;
  followUp: boolean;
  followUpNote: string;
  /** Short-lived URLs of the visit's photos (for those who may see the visit). */
  photoUrls: string[];
}

/** Visits of one veteran, or of a grid (newest first). */
export const listVisits = defineContract<{ items: VisitView[] }>()({
  fn: 'care',
  action: 'listVisits',
  input: z
    .object({
      veteranId: docId.nullable().default(null),
      gridId: docId.nullable().default(null),
      limit: z.number().int().min(1).max(100).default(30),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

/** H5: one photo of a visit, stored inline in the caller's upload folder (grid team and staff). */
export const uploadVisitPhoto = defineContract<{ fileID: string }>()({
  fn: 'care',
  action: 'uploadVisitPhoto',
  input: imageUpload,
  errors: ['FORBIDDEN'],
});
