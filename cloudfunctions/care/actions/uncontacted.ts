import { uncontacted } from '../../../types/care/coverage';
import type { VisitDoc } from '../../../types/care/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { careSettingsOf } from '../../_domain/care/settings';
import { nodeFor } from '../../_domain/jurisdiction';
import { DAY_MS, aged80Cutoff, shanghaiDay } from '../../../types/common/shanghai-time';
import { keyGroupOf } from '../lib/key-group';

const LOOK_BACK_DAYS = 730;

/** Who in a grid has not been contacted for N days (key groups after the shorter period), longest first. */
export default defineAction(uncontacted, async ({ gridId, days }, ctx) => {
  const node = await nodeFor(ctx, gridId, 'care:view');
  if (node.kind !== 'grid') throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  const settings = await careSettingsOf(ctx.read, node.path[0]);
  const contactDays = days ?? settings.contactDays;
  const keyDays = Math.min(settings.keyGroupContactDays, contactDays);
  const since = new Date(ctx.now.getTime() - LOOK_BACK_DAYS * DAY_MS);
  const [veterans, visits] = await Promise.all([
    ctx.read.many<Pick<VeteranDoc, '_id' | 'name' | 'birthDate' | 'keyGroups'>>(
      'veterans',
      { gridId: node._id, lifeStatus: 'in_district' },
      { limit: 1000, fields: { _id: true, name: true, birthDate: true, keyGroups: true } },
    ),
    ctx.read.many<Pick<VisitDoc, 'veteranId' | 'date'>>(
      'visits',
      { gridId: node._id, date: ctx._.gte(since) },
      { limit: 1000, orderBy: [['date', 'desc']], fields: { veteranId: true, date: true } },
    ),
  ]);
  const last = new Map<string, number>();
  for (const v of visits) if (!last.has(v.veteranId)) last.set(v.veteranId, new Date(v.date).getTime());
  const cutoff = aged80Cutoff(ctx.now);
  const items = veterans
    .map((v) => {
      const keyGroup = keyGroupOf(v, cutoff);
      const limitDays = keyGroup ? keyDays : contactDays;
      const at = last.get(v._id) ?? null;
      const daysSince = at === null ? null : Math.floor((ctx.now.getTime() - at) / DAY_MS);
      return {
        veteranId: v._id,
        name: v.name,
        keyGroup,
        lastContact: at === null ? null : shanghaiDay(new Date(at)),
        daysSince,
        limitDays,
      };
    })
    .filter((r) => r.daysSince === null || r.daysSince >= r.limitDays)
    .sort((a, b) => (b.daysSince ?? 1e9) - (a.daysSince ?? 1e9) || Number(!!b.keyGroup) - Number(!!a.keyGroup));
  return { gridId: node._id, items, total: veterans.length, contactDays, keyGroupContactDays: keyDays };
});
