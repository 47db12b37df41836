import type { ExportedFile } from '../common/exports';
import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { instantWithin } from '../common/dates';
import { DAY_MS } from '../common/shanghai-time';
import { REPORT_STATUSES, REPORT_TYPES, type ReportStatus, type ReportType } from './report-model';

/** Largest photo accepted, after decoding (WeChat's callFunction payload tops out well above this). */
export const MAX_PHOTO_BYTES = 1024 * 1024;
export const MAX_PHOTOS = 4;

/**
 * What anyone allowed to see a report gets. There is deliberately no field for who filed it: the
 * reporter is known only to themselves and, through `revealReporter`, the office's head.
 */
export interface ReportView {
  id: string;
  refNo: string;
  stageId: string;
  stageLabel: string;
  place: string;
  type: ReportType;
  typeLabel: string;
  prohibitionNo: number | null;
  description: string;
  observedAt: string;
  filedAt: string;
  status: ReportStatus;
  statusLabel: string;
  steps: { status: ReportStatus; label: string; at: string; note: string }[];
  answer: string;
  photoCount: number;
  published: boolean;
  publication: { summary: string; measures: string; publishedAt: string } | null;
  /** The office's own view: whether the caller is the assignee. */
  assignedToMe?: boolean;
}

/**
 * A photo for a report, stored with its metadata (EXIF, XMP, comments) stripped under a random name.
 * H5 sends the bytes (`dataBase64`); the mini-program uploads to cloud storage first and names the
 * file (`fileID`), which is then re-stored stripped and the upload deleted.
 */
export const stagePhoto = defineContract<{ photoId: string; bytes: number }>()({
  fn: 'supervision',
  action: 'stagePhoto',
  input: z
    .object({
      dataBase64: z
        .string()
        .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 8, '照片不能超过1MB，请压缩后再传')
        .optional(),
      fileID: z
        .string()
        .trim()
        .max(300)
        .regex(/^cloud:\/\//, '文件编号不正确')
        .optional(),
    })
    .strict()
    .refine((v) => Boolean(v.dataBase64) !== Boolean(v.fileID), { message: '请选择一张照片', path: ['dataBase64'] }),
  errors: ['FORBIDDEN', 'PRECONDITION_FAILED'],
});

export const fileReport = defineContract<{ id: string; refNo: string }>()({
  fn: 'supervision',
  action: 'fileReport',
  input: z
    .object({
      stageId: lineText().min(1, '请选择阶段').max(64, '阶段编号过长'),
      place: lineText().min(2, '请填写地点').max(60, '地点不能超过60个字'),
      type: z.enum(REPORT_TYPES, { errorMap: () => ({ message: '请选择问题类型' }) }),
      prohibitionNo: z
        .number({ invalid_type_error: '请选择违反的是哪一条“严禁”' })
        .int()
        .min(1, '请选择违反的是哪一条“严禁”')
        .max(10, '“十个严禁”只有10条')
        .nullable()
        .default(null),
      description: multilineText().min(5, '请描述看到的问题（至少5个字）').max(1000, '描述不能超过1000个字'),
      // A phone's clock may run a few minutes ahead of the server's: ten minutes of grace.
      observedAt: instantWithin(366 * DAY_MS, 10 * 60_000, '发现时间应在一年之内，且不能晚于现在', '请填写发现时间'),
      photoIds: z.array(docId).max(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张照片`).default([]),
    })
    .strict()
    .refine((v) => v.type !== 'prohibition' || v.prohibitionNo !== null, {
      message: '请选择违反的是哪一条“严禁”',
      path: ['prohibitionNo'],
    }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** The caller's own reports. */
export const myReports = defineContract<{ items: ReportView[] }>()({
  fn: 'supervision',
  action: 'myReports',
  input: z.object({}).strict(),
});

/** The office's inbox. */
export const listReports = defineContract<{ items: ReportView[] }>()({
  fn: 'supervision',
  action: 'listReports',
  input: z.object({ status: z.enum(REPORT_STATUSES).optional() }).strict(),
  errors: ['FORBIDDEN'],
});

/** One report with temp URLs of its photos: for the office and for the reporter. */
export const reportDetail = defineContract<ReportView & { photoUrls: string[] }>()({
  fn: 'supervision',
  action: 'reportDetail',
  input: z.object({ reportId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** accept (收到并开始处理), answer (答复, notifies the reporter), close (办结). */
export const handleReport = defineContract<ReportView>()({
  fn: 'supervision',
  action: 'handleReport',
  input: z
    .object({
      reportId: docId,
      step: z.enum(['accept', 'answer', 'close']),
      note: multilineText().max(1000, '不能超过1000个字').default(''),
    })
    .strict()
    .refine((v) => v.step !== 'answer' || v.note.length >= 5, {
      message: '请填写答复内容（至少5个字）',
      path: ['note'],
    }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** Publish an answered or closed report on the problem list, anonymised, with what was done. */
export const publishProblem = defineContract<ReportView>()({
  fn: 'supervision',
  action: 'publishProblem',
  input: z
    .object({
      reportId: docId,
      summary: multilineText().min(5, '请概括问题（至少5个字）').max(200, '不能超过200个字'),
      measures: multilineText().min(5, '请写明处理措施（至少5个字）').max(500, '不能超过500个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** Only the office's head: who filed a report. Every reveal is logged. */
/**
 * The days a report's 发现日期 picker offers: any hour of them up to now lies inside observedAt's window (a
 * year back, not after now + 10 minutes), so the past 365 days and today.
 */
export const OBSERVED_DAYS = { back: 365, ahead: 0 };

export const revealReporter = defineContract<{ name: string; certificateNo: string }>()({
  fn: 'supervision',
  action: 'revealReporter',
  input: z.object({ reportId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface ReportFigures {
  total: number;
  byStatus: Record<ReportStatus, number>;
  byType: Record<ReportType, number>;
  published: number;
}

export const reportFigures = defineContract<ReportFigures>()({
  fn: 'supervision',
  action: 'reportFigures',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});

/** The office's reports as CSV (UTF-8 with BOM, opens in Excel). */
export const exportReports = defineContract<ExportedFile & { count: number }>()({
  fn: 'supervision',
  action: 'exportReports',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});

export interface ProblemView {
  id: string;
  stageLabel: string;
  typeLabel: string;
  place: string;
  summary: string;
  measures: string;
  publishedAt: string;
}

/** The public problem list (问题清单): every user of the app reads it. */
export const listProblems = defineContract<{ items: ProblemView[] }>()({
  fn: 'supervision',
  action: 'listProblems',
  input: z.object({}).strict(),
});
