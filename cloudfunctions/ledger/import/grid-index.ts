import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';

/** Grids by "镇街/社区/网格" names, as the district's spreadsheet places people. */
export async function gridsByPlaceName(ctx: Pick<ActionContext, 'read' | '_'>): Promise<Map<string, OrgDoc>> {
  const orgs: OrgDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await ctx.read.many<OrgDoc>(
      'orgs',
      { kind: ctx._.in(['street', 'community', 'grid']) },
      { skip, limit: 1000, orderBy: [['_id', 'asc']] },
    );
    orgs.push(...page);
    if (page.length < 1000) break;
  }
  const byId = new Map(orgs.map((o) => [o._id, o]));
  const grids = new Map<string, OrgDoc>();
  for (const o of orgs) {
    if (o.kind !== 'grid') continue;
    const names = o.path.slice(1).map((id) => byId.get(id)?.name ?? '');
    grids.set(names.join('/'), o);
  }
  return grids;
}
