import type { RequestCategory, RequestDoc, Urgency } from './model';
import { CATEGORY_RULES } from './time-limits';
import type { VeteranDoc } from '../veteran/model';
import { deadlinesFrom } from './deadlines';
import { handlerOrgOf } from './levels';

export interface NewRequest {
  id: string;
  refNo: string;
  veteran: Pick<VeteranDoc, '_id' | 'name' | 'openid' | 'orgPath' | 'gridId'>;
  /** Staff who filed it for the veteran (代为提交), or null when the veteran filed it. */
  filedBy: { staffId: string; name: string } | null;
  category: RequestCategory;
  urgency: Urgency;
  description: string;
  photos: string[];
  contact: RequestDoc['contact'];
  at: Date;
}

/** A request as it stands the moment it is submitted: the one shape both the function and the seed write. */
export function newRequest(r: NewRequest): RequestDoc {
  const level = CATEGORY_RULES[r.category].firstLevel;
  const { acceptDueAt, answerDueAt } = deadlinesFrom(r.at, r.category, r.urgency);
  return {
    _id: r.id,
    refNo: r.refNo,
    category: r.category,
    description: r.description,
    photos: r.photos,
    contact: r.contact,
    urgency: r.urgency,
    priority: r.urgency === 'urgent' ? 1 : 0,
    veteranId: r.veteran._id,
    veteranName: r.veteran.name,
    openid: r.veteran.openid,
    filedBy: r.filedBy?.staffId ?? null,
    orgPath: r.veteran.orgPath,
    gridId: r.veteran.gridId,
    status: 'submitted',
    active: 1,
    level,
    handlerOrgId: handlerOrgOf(r.veteran.orgPath, level),
    assigneeId: null,
    legacy: 0,
    acceptDueAt,
    answerDueAt,
    dueAt: acceptDueAt,
    overdue: 0,
    answer: null,
    answeredAt: null,
    answerHours: null,
    rating: null,
    ratingComment: null,
    unsatisfiedCount: 0,
    outcome: 'open',
    returnReason: null,
    timeline: [
      {
        id: 'submitted',
        kind: 'submitted',
        at: r.at,
        by: r.filedBy?.staffId ?? 'submitter',
        byName: r.filedBy ? `${r.filedBy.name}（代为提交）` : r.veteran.name,
        text: r.description,
        internal: false,
        photos: r.photos,
      },
    ],
    version: 1,
    createdAt: r.at,
    updatedAt: r.at,
    closedAt: null,
  };
}
