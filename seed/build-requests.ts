import type { StaffDoc } from '../types/account/model';
import type { RequestCategory, RequestDoc, Urgency } from '../types/requests/model';
import { REQUEST_CATEGORIES } from '../types/requests/model';
import { CATEGORY_RULES } from '../types/requests/time-limits';
import type { VeteranDoc } from '../types/veteran/model';
import type { Random } from './random';
import { RefNumbers, simulateRequest, type SimStep } from './request-simulator';
import { REQUEST_TEXTS } from './request-texts';

const DAY_H = 24;

/** Step lists the seeded requests follow (hours after the previous step). */
export const SCENARIOS: Record<string, { steps: SimStep[]; escalates?: boolean }> = {
  satisfied: {
    steps: [
      { step: 'accept', afterHours: 3 },
      { step: 'start', afterHours: 20 },
      { step: 'answer', afterHours: 70 },
      { step: 'rate', rating: 'satisfied', afterHours: 30 },
    ],
  },
  basic: {
    steps: [
      { step: 'accept', afterHours: 5 },
      { step: 'answer', afterHours: 120 },
      { step: 'rate', rating: 'basic', afterHours: 48 },
    ],
  },
  unsatisfiedOnce: {
    steps: [
      { step: 'accept', afterHours: 4 },
      { step: 'answer', afterHours: 90 },
      { step: 'rate', rating: 'unsatisfied', comment: '问题没有解决', afterHours: 24 },
      { step: 'progress', afterHours: 48 },
      { step: 'answer', afterHours: 72 },
      { step: 'rate', rating: 'basic', afterHours: 24 },
    ],
  },
  unrated: {
    steps: [
      { step: 'accept', afterHours: 2 },
      { step: 'answer', afterHours: 40 },
      { step: 'close', text: '电话回访，本人表示已解决', afterHours: 60 },
    ],
  },
  escalatedSolved: {
    escalates: true,
    steps: [
      { step: 'accept', afterHours: 2 },
      { step: 'escalate', afterHours: 24 },
      { step: 'answer', afterHours: 150 },
      { step: 'rate', rating: 'satisfied', afterHours: 24 },
    ],
  },
  returned: { steps: [{ step: 'return', afterHours: 6 }] },
  submitted: { steps: [] },
  accepted: { steps: [{ step: 'accept', afterHours: 3 }] },
  inProgress: {
    steps: [
      { step: 'accept', afterHours: 3 },
      { step: 'start', afterHours: 10 },
      { step: 'progress', afterHours: 30 },
    ],
  },
  escalatedOpen: {
    escalates: true,
    steps: [
      { step: 'accept', afterHours: 3 },
      { step: 'escalate', afterHours: 20 },
    ],
  },
  answered: {
    steps: [
      { step: 'accept', afterHours: 3 },
      { step: 'answer', afterHours: 40 },
    ],
  },
};

export interface RequestSeedContext {
  rng: Random;
  now: Date;
  veterans: VeteranDoc[];
  staff: StaffDoc[];
  /** The demo veteran who gets a fixed set (one answered, one closed, one being handled). */
  demoVeteranOpenid?: string;
  demoGridId?: string;
}

/**
 * A deterministic request ledger: about one request per 185 files (110 in the full district), 70% of
 * them solved, 5 legacy cases followed for months, the rest open at every step; the demo veteran and
 * grid get known requests. Also answers the reference-number counters the function continues from.
 */
export function buildRequests(ctx: RequestSeedContext): {
  requests: RequestDoc[];
  request_counters: { _id: string; n: number }[];
} {
  const { rng, now } = ctx;
  const living = ctx.veterans.filter((v) => v.lifeStatus === 'in_district');
  const staffByOrg = new Map<string, StaffDoc>();
  for (const s of ctx.staff) if (s.status === 'active' && !staffByOrg.has(s.orgId)) staffByOrg.set(s.orgId, s);
  const staffAt = (orgId: string) => staffByOrg.get(orgId);
  const total = Math.max(40, Math.round(ctx.veterans.length / 185));
  const plan: [string, number][] = [
    ['satisfied', 0.45],
    ['basic', 0.12],
    ['unsatisfiedOnce', 0.05],
    ['unrated', 0.05],
    ['escalatedSolved', 0.06],
    ['returned', 0.05],
    ['submitted', 0.05],
    ['accepted', 0.04],
    ['inProgress', 0.06],
    ['escalatedOpen', 0.04],
    ['answered', 0.03],
  ];
  const refs = new RefNumbers();
  const drafts: { at: Date; make: (refNo: string) => RequestDoc }[] = [];
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const draft = (
    veteran: VeteranDoc,
    scenario: string,
    category: RequestCategory,
    ageHours: number,
    urgency: Urgency = 'normal',
    legacySteps?: SimStep[],
  ) => {
    const at = hoursAgo(ageHours);
    const n = drafts.length + 1;
    drafts.push({
      at,
      make: (refNo) => {
        const doc = simulateRequest(
          {
            id: `rq-${String(n).padStart(5, '0')}`,
            refNo,
            veteran,
            category,
            urgency,
            description: rng.pick(REQUEST_TEXTS[category]),
            createdAt: at,
            steps: legacySteps ?? SCENARIOS[scenario].steps,
          },
          staffAt,
        );
        return doc.active && doc.dueAt && doc.dueAt < now ? { ...doc, overdue: 1 } : doc;
      },
    });
  };

  const demo = ctx.demoVeteranOpenid ? living.find((v) => v.openid === ctx.demoVeteranOpenid) : undefined;
  if (demo) {
    draft(demo, 'satisfied', '政策咨询', 120 * DAY_H);
    draft(demo, 'answered', '政策咨询', 4 * DAY_H);
    draft(demo, 'inProgress', '优抚待遇', 3 * DAY_H);
  }
  const inDemoGrid = living.filter((v) => v.gridId === ctx.demoGridId && v._id !== demo?._id);
  if (inDemoGrid.length) {
    draft(inDemoGrid[0], 'submitted', '生活困难', 5, 'urgent');
    draft(inDemoGrid[inDemoGrid.length - 1], 'submitted', '其他', 20);
  }
  const legacy: SimStep[] = [
    { step: 'accept', afterHours: 24 },
    { step: 'markLegacy', afterHours: 24 },
    ...[1, 2, 3, 4].map((m) => ({
      step: 'progress' as const,
      text: `第${m}次协调会已召开，正在推进`,
      afterHours: 30 * DAY_H,
    })),
  ];
  for (let i = 0; i < 5; i++)
    draft(rng.pick(living), 'legacy', i % 2 ? '优抚待遇' : '权益维护', rng.int(150, 400) * DAY_H, 'normal', legacy);

  const weighted = plan.map(([s, w]) => [s, w] as const);
  while (drafts.length < total) {
    const scenario = rng.weighted(weighted);
    let category = rng.pick(REQUEST_CATEGORIES);
    if (SCENARIOS[scenario].escalates && CATEGORY_RULES[category].firstLevel === 'district') category = '生活困难';
    const open = ['submitted', 'accepted', 'inProgress', 'escalatedOpen', 'answered'].includes(scenario);
    const age = open ? rng.int(2, 10 * DAY_H) : rng.int(30 * DAY_H, 700 * DAY_H);
    draft(rng.pick(living), scenario, category, age, rng.chance(0.08) ? 'urgent' : 'normal');
  }
  const ordered = drafts.map((d, i) => ({ ...d, i })).sort((a, b) => a.at.getTime() - b.at.getTime() || a.i - b.i);
  const refNos = new Map(ordered.map((d) => [d.i, refs.next(d.at)]));
  return { requests: drafts.map((d, i) => d.make(refNos.get(i) as string)), request_counters: refs.counters() };
}
