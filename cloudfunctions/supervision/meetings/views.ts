import type { FeedbackDoc } from '../../../types/supervision/feedback-model';
import {
  INVITEE_STATUS_LABELS,
  SUPERVISOR_MEETING_KIND_LABELS,
  type SupervisorMeetingDoc,
  type SupervisorMeetingView,
} from '../../../types/supervision/meetings';
import { feedbackView } from '../feedback/views';

/**
 * A meeting as its body's staff see it (every invitee), or as one invited supervisor sees it (`onlyFor`:
 * their own line; the counts, but not who the others are). Suggestions go through feedbackView: no author.
 */
export function supervisorMeetingView(
  m: SupervisorMeetingDoc,
  bodyName: string,
  suggestions: FeedbackDoc[],
  now: Date,
  onlyFor: string | null,
): SupervisorMeetingView {
  const n = (s: string) => m.invitees.filter((i) => i.status === s).length;
  const titles = new Map([[m._id, m.title]]);
  return {
    id: m._id,
    kind: m.kind,
    kindLabel: SUPERVISOR_MEETING_KIND_LABELS[m.kind],
    bodyName,
    title: m.title,
    place: m.place,
    startAt: m.startAt.toISOString(),
    status: m.status,
    forStaff: onlyFor === null,
    started: m.startAt.getTime() <= now.getTime(),
    takesSuggestions: false,
    invitees: m.invitees
      .filter((i) => !onlyFor || i.supervisorId === onlyFor)
      .map((i) => ({ ...i, statusLabel: INVITEE_STATUS_LABELS[i.status] })),
    counts: { invited: m.invitees.length, present: n('present'), excused: n('excused'), absent: n('absent') },
    summary: m.summary,
    suggestions: suggestions.filter((f) => f.meetingId === m._id).map((f) => feedbackView(f, bodyName, now, titles)),
  };
}
