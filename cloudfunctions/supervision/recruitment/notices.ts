import { STAGE_LABELS, type MaskMode, type NoticeDoc } from '../../../types/supervision/model';
import type { NoticeView } from '../../../types/supervision/recruitment';
import { shanghaiDay } from '../../../types/common/shanghai-time';

/** 张建国 as the office chose to publish it: full, 张*国 (middle), 张** (surname). */
export function maskName(name: string, mode: MaskMode): string {
  const chars = Array.from(name);
  if (mode === 'full' || chars.length < 2) return name;
  if (mode === 'surname') return chars[0] + '*'.repeat(chars.length - 1);
  return chars.length === 2 ? `${chars[0]}*` : chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function noticePhase(n: Pick<NoticeDoc, 'publicityStart' | 'publicityEnd'>, now: Date): NoticeView['phase'] {
  if (now.getTime() < n.publicityStart.getTime()) return 'upcoming';
  return now.getTime() < n.publicityEnd.getTime() ? 'open' : 'completed';
}

export function noticeView(n: NoticeDoc, now: Date): NoticeView {
  return {
    id: n._id,
    stageId: n.stageId,
    year: n.year,
    kind: n.kind,
    stageLabel: STAGE_LABELS[n.kind],
    title: n.title,
    maskMode: n.maskMode,
    candidates: n.candidates.map((c) => ({
      candidateNo: c.candidateNo,
      displayName: maskName(c.name, n.maskMode),
      result: c.result,
    })),
    publicityStart: shanghaiDay(n.publicityStart),
    // publicityEnd is the instant after the last day.
    publicityEnd: shanghaiDay(new Date(n.publicityEnd.getTime() - 1)),
    phase: noticePhase(n, now),
  };
}
