/** One subscribe message the local cloud "sent": what the user would have received in WeChat. */
export interface OutboxMessage {
  id: number;
  api: string;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogramState: string | null;
  lang: string | null;
  sentAt: string;
  requestId: string | null;
}

/** Messages sent through `cloud.openapi.subscribeMessage.send`, kept for tests and the inspector. */
export class Outbox {
  private messages: OutboxMessage[] = [];
  private nextId = 1;

  add(message: Omit<OutboxMessage, 'id'>): OutboxMessage {
    const stored = { ...message, id: this.nextId++ };
    this.messages.push(stored);
    return stored;
  }

  list(filter: { touser?: string; templateId?: string } = {}): OutboxMessage[] {
    return this.messages.filter(
      (m) =>
        (!filter.touser || m.touser === filter.touser) && (!filter.templateId || m.templateId === filter.templateId),
    );
  }

  clear(): void {
    this.messages = [];
  }
}
