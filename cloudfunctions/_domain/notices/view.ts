import type { NoticeDoc } from '../../../types/notices/model';
import type { NoticeSummary } from '../../../types/notices/views';

/** Characters of the body a list shows. */
const SUMMARY_LENGTH = 60;

/**
 * A notice as every list shows it: the 通知 list (notices) and a group's notice card (groups) both start
 * here. A withdrawn notice keeps only its place: its title, summary and images are not handed out again.
 */
export function noticeSummary(n: NoticeDoc): NoticeSummary {
  const withdrawn = n.status === 'withdrawn';
  return {
    id: n._id,
    title: withdrawn ? '' : n.title,
    category: n.category,
    summary: withdrawn ? '' : n.body.slice(0, SUMMARY_LENGTH),
    scopeName: n.scopeName,
    publisherLabel: n.publisherLabel,
    createdAt: n.createdAt.toISOString(),
    requireAck: n.requireAck,
    revision: n.revision,
    editedBy: n.editedBy ? `${n.editedBy.name}（${n.editedBy.label}）` : null,
    imageCount: withdrawn ? 0 : (n.imageFileIds?.length ?? 0),
    withdrawn,
  };
}
