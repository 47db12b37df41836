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
  await writeAuditAs(db, auditActor(me, entry.orgPath), entry);
}

/** Who an audit entry names: the caller's staff seat over `orgPath` (kept by a job that writes it later). */
export function auditActor(me: Caller, orgPath: string[]): AuditDoc['actor'] {
  const seat = me.staff.find((s) => orgPath.includes(s.orgId)) ?? me.staff[0];
  return {
    openid: me.openid,
    staffId: seat?._id ?? null,
    name: seat?.name ?? '',
    role: seat ? ROLE_LABELS[seat.role] : '',
  };
}

/**
 * `writeAudit` for an actor kept earlier; with `id`, the entry is written once however often this runs
 * (a job's last step done again after a kill sets the same document).
 */
export async function writeAuditAs(
  db: Database,
  actor: AuditDoc['actor'],
  entry: Parameters<typeof writeAudit>[2],
  id?: string,
): Promise<void> {
  const doc: Omit<AuditDoc, '_id'> = {
    kind: entry.kind,
    targetId: entry.targetId,
    actor,
    field: entry.field,
    reason: entry.reason,
    at: entry.at,
    ...(entry.rows !== undefined ? { rows: entry.rows } : {}),
  };
  if (id) await db.collection('audit').doc(id).set({ data: doc });
  else await db.collection('audit').add({ data: doc });
}
