import type { ActionError } from './errors';

/** What every cloud action answers. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** What the client sends to a function: `event` on WeChat Cloud, `data` through the local gateway. */
export interface ActionEvent<I = unknown> {
  action: string;
  input: I;
}
