import type { RequestDoc, TimelineEvent } from './model';

/** A timeline event as a step describes it (the function gives it its id and time when it applies it). */
export type EventDraft = Omit<TimelineEvent, 'id' | 'at'>;

/** What a step changes: fields of the request and the events it appends to the timeline. */
export interface Change {
  set: Partial<Omit<RequestDoc, '_id' | 'timeline' | 'version'>>;
  events: EventDraft[];
}
