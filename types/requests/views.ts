import type { ContactMethod, EventKind, Rating, RequestCategory, RequestLevel, RequestStatus, Urgency } from './model';
import type { StepName } from './state-machine';

/** A request in a list (the veteran's own, or a staff inbox). Times are ISO instants. */
export interface RequestSummary {
  id: string;
  refNo: string;
  category: RequestCategory;
  excerpt: string;
  status: RequestStatus;
  statusLabel: string;
  urgency: Urgency;
  level: RequestLevel;
  handlerName: string;
  assigneeName: string | null;
  /** The next deadline: to accept it while it waits (`dueKind` 'accept'), then to answer it; null once answered. */
  dueAt: string | null;
  dueKind: 'accept' | 'answer' | null;
  /** The answer deadline while it is not answered yet (the same as `dueAt` once accepted). */
  answerDueAt: string | null;
  overdue: boolean;
  legacy: boolean;
  veteranName: string;
  gridName: string;
  createdAt: string;
}

export interface TimelineView {
  id: string;
  kind: EventKind;
  at: string;
  byName: string;
  text: string;
  internal: boolean;
  photoUrls: string[];
  rating?: Rating;
}

export interface RequestDetail extends RequestSummary {
  description: string;
  plainStatus: string;
  photoUrls: string[];
  contact: { method: ContactMethod; methodLabel: string; phoneMasked: string | null };
  handler: { orgId: string; orgName: string; assigneeName: string | null; phone: string | null };
  answer: string | null;
  answeredAt: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  returnReason: string | null;
  reopenUntil: string | null;
  timeline: TimelineView[];
  version: number;
  /** The steps the caller may take now (the table, the caller's role, the level, the reopen window). */
  steps: StepName[];
  /** The caller's part: the person who asked, or staff handling it, or staff over it. */
  viewer: 'submitter' | 'handler' | 'overseer';
  canEscalate: boolean;
  canHandBack: boolean;
}
