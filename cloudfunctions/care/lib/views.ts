import { VISIT_KIND_LABELS, type VisitDoc, type VisitTaskDoc, type OccasionSetting } from '../../../types/care/model';
import type { VisitView } from '../../../types/care/visits';
import type { VisitTaskView } from '../../../types/care/tasks';
import { shanghaiDay } from '../../../types/common/shanghai-time';

export function visitView(v: VisitDoc, occasions: OccasionSetting[], urls: Map<string, string> = new Map()): VisitView {
  return {
    id: v._id,
    veteranId: v.veteranId,
    veteranName: v.veteranName,
    date: shanghaiDay(new Date(v.date)),
    kind: v.kind,
    kindLabel: VISIT_KIND_LABELS[v.kind],
    occasionLabel: v.occasion ? (occasions.find((o) => o.key === v.occasion)?.label ?? v.occasion) : null,
    visitors: v.visitors,
    findings: v.findings,
    goods: v.goods,
    valueFen: v.valueFen,
    household: v.household,
    followUp: v.followUp,
    followUpNote: v.followUpNote,
    photoUrls: v.photos.map((id) => urls.get(id) ?? '').filter(Boolean),
  };
}

export function taskView(t: VisitTaskDoc, now: Date): VisitTaskView {
  return {
    id: t._id,
    veteranId: t.veteranId,
    veteranName: t.veteranName,
    gridId: t.gridId,
    occasion: t.occasion,
    occasionLabel: t.occasionLabel,
    source: t.source,
    note: t.note,
    dueAt: new Date(t.dueAt).toISOString(),
    overdue: t.status === 'open' && new Date(t.dueAt).getTime() < now.getTime(),
    status: t.status,
  };
}
