import { REPORT_STATUS_LABELS, REPORT_TYPE_LABELS, type ReportDoc } from '../../../types/supervision/report-model';
import type { ProblemView, ReportView } from '../../../types/supervision/reports';

/**
 * The one way a report leaves the function. Built field by field from the report document, which holds
 * no identity of the reporter; nothing from `reportReporters` ever comes here.
 */
export function reportView(r: ReportDoc, stageLabels: Map<string, string>, myStaffId?: string): ReportView {
  return {
    id: r._id,
    refNo: r.refNo,
    stageId: r.stageId,
    stageLabel: stageLabels.get(r.stageId) ?? '未知阶段',
    place: r.place,
    type: r.type,
    typeLabel: REPORT_TYPE_LABELS[r.type],
    prohibitionNo: r.prohibitionNo,
    description: r.description,
    observedAt: r.observedAt.toISOString(),
    filedAt: r.filedAt.toISOString(),
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    steps: r.steps.map((s) => ({
      status: s.status,
      label: REPORT_STATUS_LABELS[s.status],
      at: s.at.toISOString(),
      note: s.note,
    })),
    answer: r.answer,
    photoCount: r.photoIds.length,
    published: r.listing === 'public',
    publication: r.publication && {
      summary: r.publication.summary,
      measures: r.publication.measures,
      publishedAt: r.publication.publishedAt.toISOString(),
    },
    ...(myStaffId !== undefined ? { assignedToMe: r.assigneeStaffId === myStaffId } : {}),
  };
}

/** What everyone reads on the problem list: what was wrong and what was done; no reference number, no description. */
export function problemView(r: ReportDoc, stageLabels: Map<string, string>): ProblemView {
  return {
    id: r._id,
    stageLabel: stageLabels.get(r.stageId) ?? '未知阶段',
    typeLabel: REPORT_TYPE_LABELS[r.type],
    place: r.place,
    summary: r.publication?.summary ?? '',
    measures: r.publication?.measures ?? '',
    publishedAt: (r.publishedAt ?? r.updatedAt).toISOString(),
  };
}
