import { memberParticipation, type ParticipationLine } from '../../../types/party/meetings';
import type { PartyMemberDoc } from '../../../types/party/model';
import { defineAction } from '../../_kernel/action';
import { keptBranch } from '../lib/load';
import { meetingsIn } from '../lib/period';

/**
 * Each member's attendance at the recorded meetings of a period that expected them (their roster line):
 * today's members, and anyone who was on a roster then and has since left.
 */
export default defineAction(memberParticipation, async ({ branchId, from, to }, ctx) => {
  await keptBranch(ctx, branchId);
  const [meetings, members] = await Promise.all([
    meetingsIn(ctx, branchId, from, to),
    ctx.read.many<PartyMemberDoc>('partyMembers', { branchId, active: true }, { limit: 1000 }),
  ]);
  const lines = new Map<string, ParticipationLine>();
  const lineOf = (veteranId: string, name: string) => {
    let line = lines.get(veteranId);
    if (!line) lines.set(veteranId, (line = { veteranId, name, expected: 0, present: 0, excused: 0, absent: 0 }));
    return line;
  };
  for (const m of members) lineOf(m.veteranId, m.name);
  const recorded = meetings.filter((m) => m.status === 'recorded');
  for (const m of recorded)
    for (const r of m.roster) {
      const line = lineOf(r.veteranId, r.name);
      line.expected += 1;
      if (r.status) line[r.status] += 1;
    }
  const items = [...lines.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return { meetings: recorded.length, items };
});
