import type { StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { LEVEL_LABELS, STATUS_LABELS, type RequestDoc } from '../../../types/requests/model';
import type { RequestSummary } from '../../../types/requests/views';
import type { ActionContext } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';

export interface Lookups {
  orgs: Map<string, OrgDoc>;
  staff: Map<string, StaffDoc>;
}

/** Org nodes and staff the views name, read in two queries for a whole page. */
export async function lookupsFor(
  ctx: ActionContext,
  docs: Pick<RequestDoc, 'handlerOrgId' | 'gridId' | 'assigneeId'>[],
): Promise<Lookups> {
  const staffIds = [...new Set(docs.map((d) => d.assigneeId).filter((id): id is string => Boolean(id)))];
  const [orgs, staff] = await Promise.all([
    orgsById(
      ctx.db,
      ctx.read,
      docs.flatMap((d) => [d.handlerOrgId, d.gridId]),
    ),
    staffIds.length
      ? ctx.read.many<StaffDoc>('staff', { _id: ctx._.in(staffIds) }, { limit: staffIds.length })
      : Promise.resolve([]),
  ]);
  return { orgs, staff: new Map(staff.map((s) => [s._id, s])) };
}

/** "永济社区 服务站" style: the node handling it, named for the person who asked. */
export function handlerName(doc: Pick<RequestDoc, 'level' | 'handlerOrgId'>, orgs: Map<string, OrgDoc>): string {
  const name = orgName(orgs, doc.handlerOrgId);
  if (doc.level === 'community') return `${name}退役军人服务站`;
  if (doc.level === 'street') return `${name}退役军人服务中心`;
  if (doc.level === 'district') return LEVEL_LABELS.district;
  return name;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(doc: Omit<RequestDoc, 'timeline' | 'contact'>, look: Lookups): RequestSummary {
  return {
    id: doc._id,
    refNo: doc.refNo,
    category: doc.category,
    excerpt: doc.description.length > 40 ? `${doc.description.slice(0, 40)}…` : doc.description,
    status: doc.status,
    statusLabel: STATUS_LABELS[doc.status],
    urgency: doc.urgency,
    level: doc.level,
    handlerName: handlerName(doc, look.orgs),
    assigneeName: doc.assigneeId ? (look.staff.get(doc.assigneeId)?.name ?? null) : null,
    dueAt: iso(doc.dueAt),
    // While it waits to be accepted, the deadline is acceptance's (types/requests/new-request.ts).
    dueKind: doc.dueAt ? (doc.status === 'submitted' ? 'accept' : 'answer') : null,
    answerDueAt: doc.dueAt ? iso(doc.answerDueAt) : null,
    overdue: doc.overdue === 1,
    legacy: doc.legacy === 1,
    veteranName: doc.veteranName,
    gridName: orgName(look.orgs, doc.gridId),
    createdAt: doc.createdAt.toISOString(),
  };
}

/** List reads leave the timeline and the contact behind. */
export const SUMMARY_FIELDS = { timeline: false, contact: false, photos: false } as const;
