import { ASSIST_KIND_LABELS, ASSIST_STATUS_LABELS, type AssistanceDoc } from '../../../types/assist/model';
import type { ApplicationView } from '../../../types/assist/applications';

const STEP_LABELS: Record<string, string> = {
  submitted: '提交申请',
  reviewed: '服务站审核通过',
  approved: '审批通过',
  rejected: '未通过',
  disbursed: '已发放',
};

export function applicationView(d: AssistanceDoc): ApplicationView {
  return {
    id: d._id,
    kind: d.kind,
    kindLabel: ASSIST_KIND_LABELS[d.kind],
    veteranId: d.veteranId,
    veteranName: d.veteranName,
    orgPath: d.orgPath,
    situation: d.situation,
    askedFen: d.askedFen,
    approvedFen: d.approvedFen,
    disbursedFen: d.disbursedFen,
    disburseMethod: d.disburseMethod,
    status: d.status,
    statusLabel: ASSIST_STATUS_LABELS[d.status],
    approverLevel: d.approverLevel,
    steps: d.steps.map((s) => ({
      step: s.step,
      label: STEP_LABELS[s.step] ?? s.step,
      byName: s.byName,
      byRole: s.byRole,
      at: new Date(s.at).toISOString(),
      note: s.note,
      amountFen: s.amountFen,
    })),
    evidenceCount: d.evidence.length,
    fundId: d.fundId,
    disbursedAt: d.disbursedAt ? new Date(d.disbursedAt).toISOString() : null,
    createdAt: new Date(d.createdAt).toISOString(),
  };
}
