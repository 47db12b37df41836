import type { StaffDoc } from '../types/account/model';
import type { Rating, RequestCategory, RequestDoc, Urgency } from '../types/requests/model';
import type { VeteranDoc } from '../types/veteran/model';
import { shanghaiDay } from '../types/common/shanghai-time';
import type { Change } from '../types/requests/step-change';
import { handlerChange, type HandlerInput } from '../types/requests/handler-steps';
import { rateChange } from '../types/requests/submitter-steps';
import { handlerPlace } from '../types/requests/levels';
import { newRequest } from '../types/requests/new-request';

/**
 * Builds seeded requests by taking the same steps the function takes (the ledger's pure step logic),
 * so a seeded request's fields and timeline are exactly what the app would have written.
 */
export type SimStep =
  | { step: Exclude<HandlerInput['step'], 'assign'>; text?: string; afterHours: number }
  | { step: 'rate'; rating: Rating; comment?: string; afterHours: number };

export interface SimRequest {
  id: string;
  refNo: string;
  veteran: Pick<VeteranDoc, '_id' | 'name' | 'openid' | 'orgPath' | 'gridId'>;
  category: RequestCategory;
  urgency: Urgency;
  description: string;
  createdAt: Date;
  steps: SimStep[];
}

const DEFAULT_TEXT: Record<string, string> = {
  escalate: '情况较复杂，需上级协调',
  handBack: '请网格员上门核实',
  progress: '已联系相关部门，正在核实',
  answer: '经核实，已按政策为您办理，详情请电话咨询。',
  return: '该事项不属于退役军人事务范围，已告知对口部门电话',
  note: '已电话回访',
  markLegacy: '涉及多年前安置问题，需长期协调',
};

export function simulateRequest(r: SimRequest, staffAt: (orgId: string) => StaffDoc | undefined): RequestDoc {
  let doc = newRequest({
    id: r.id,
    refNo: r.refNo,
    veteran: r.veteran,
    filedBy: null,
    category: r.category,
    urgency: r.urgency,
    description: r.description,
    photos: [],
    contact: { method: 'wechat', phoneMasked: null, phoneEnc: null },
    at: r.createdAt,
  });
  let at = r.createdAt;
  r.steps.forEach((s, i) => {
    at = new Date(at.getTime() + s.afterHours * 3_600_000);
    let change: Change;
    if (s.step === 'rate') change = rateChange(doc, s.rating, s.comment ?? '', at);
    else {
      const seat = staffAt(handlerPlace(doc).orgPath.slice(-1)[0]);
      const actor = { staffId: seat?._id ?? 'system', name: seat?.name ?? '工作人员' };
      change = handlerChange(
        doc,
        { id: doc._id, version: doc.version, step: s.step, text: s.text ?? DEFAULT_TEXT[s.step] ?? '' } as HandlerInput,
        actor,
        at,
      );
    }
    const events = change.events.map((e, j) => ({ ...e, id: `e${i}-${j}`, at }));
    doc = { ...doc, ...change.set, timeline: [...doc.timeline, ...events], version: doc.version + 1, updatedAt: at };
  });
  return doc;
}

/** Reference numbers day by day (SQ-YYYYMMDD-NNNN) and the counters the function continues from. */
export class RefNumbers {
  private readonly perDay: Map<string, number>;
  constructor(start: { _id: string; n: number }[] = []) {
    this.perDay = new Map(start.map((c) => [c._id, c.n]));
  }
  next(at: Date): string {
    const day = `SQ-${shanghaiDay(at).replace(/-/g, '')}`;
    const n = (this.perDay.get(day) ?? 0) + 1;
    this.perDay.set(day, n);
    return `${day}-${String(n).padStart(4, '0')}`;
  }
  counters(): { _id: string; n: number }[] {
    return [...this.perDay].map(([_id, n]) => ({ _id, n }));
  }
}
