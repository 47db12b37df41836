import { ROLE_LABELS } from '../../../types/auth/roles';
import type { AuditDoc, AuditKind } from '../../../types/veteran/records';
import type { Caller } from '../../_kernel/caller';
import type { Database } from '../../_kernel/sdk';

/** Writes one audit entry: who (the staff seat over `orgPath`), whose, what, when and why. */
export async function writeAudit(
  db: Database,
  me: Caller,
  entry: {
    kind: AuditKind;
    targetId: string;
    orgPath: string[];
    field: string;
    reason: string;
    at: Date;
    rows?: number;
  },
): Promise<void> {
  const seat = me.staff.find((s) => entry.orgPath.includes(s.orgId)) ?? me.staff[0];
  const doc: Omit<AuditDoc, '_id'> = {
    kind: entry.kind,
    targetId: entry.targetId,
    actor: {
      openid: me.openid,
      staffId: seat?._id ?? null,
      name: seat?.name ?? '',
      role: seat ? ROLE_LABELS[seat.role] : '',
    },
    field: entry.field,
    reason: entry.reason,
    at: entry.at,
    ...(entry.rows !== undefined ? { rows: entry.rows } : {}),
  };
  await db.collection('audit').add({ data: doc });
}
