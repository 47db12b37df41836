import { STAGE_LABELS, type StageDoc } from '../../../types/supervision/model';
import type { StageView } from '../../../types/supervision/recruitment';
import type { ActionContext } from '../../_kernel/action';

export function stageLabel(stage: Pick<StageDoc, 'year' | 'kind'>): string {
  return `${stage.year}年${STAGE_LABELS[stage.kind]}`;
}

export function stageView(s: StageDoc): StageView {
  return { id: s._id, year: s.year, kind: s.kind, label: STAGE_LABELS[s.kind], startsOn: s.startsOn, endsOn: s.endsOn };
}

/** Stage labels by id, for a page of reports. */
export async function stageLabels(ctx: ActionContext, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const stages = await ctx.read.many<StageDoc>(
    'recruitmentStages',
    { _id: ctx._.in(unique) },
    { limit: unique.length },
  );
  return new Map(stages.map((s) => [s._id, stageLabel(s)]));
}
