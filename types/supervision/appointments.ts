import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId, personName } from '../common/validators';
import { SUPERVISOR_TYPES, type SupervisorType } from '../auth/roles';
import { dayIn, dayWindow } from '../common/dates';

/** A supervisor's term (the pickers offer the same windows). */
export const TERM_START_DAYS = dayWindow(1827, 366, '任期开始日期应在五年前至一年后之间');
export const TERM_END_DAYS = dayWindow(0, 3653, '任期结束日期应在今天至十年后之间');

export const SUPERVISOR_TYPE_LABELS: Record<SupervisorType, string> = {
  integrity: '廉洁征兵监督员',
  conduct: '机关作风监督员',
};

/** A supervisor's card (持证上岗): what the supervisor sees of their own appointment. */
export interface SupervisorCard {
  supervisorId: string;
  type: SupervisorType;
  typeLabel: string;
  bodyId: string;
  bodyName: string;
  name: string;
  certificateNo: string;
  termStart: string;
  termEnd: string;
  agreementSigned: boolean;
  /** Inside the term with the agreement signed: may file. Outside it: may read only. */
  canFile: boolean;
  status: 'active' | 'revoked';
}

/** The appointing body's list of its supervisors. */
export interface SupervisorListItem extends Omit<SupervisorCard, 'canFile'> {
  bound: boolean;
  inTerm: boolean;
}

/**
 * The recruitment office appoints an integrity supervisor, an agency a conduct supervisor. Answers a
 * one-time code with which the person binds their WeChat account to the appointment.
 */
export const appointSupervisor = defineContract<{ supervisorId: string; bindCode: string }>()({
  fn: 'supervision',
  action: 'appointSupervisor',
  input: z
    .object({
      type: z.enum(SUPERVISOR_TYPES),
      bodyId: docId,
      name: personName,
      certificateNo: lineText().min(4, '请填写证书编号').max(32, '证书编号过长'),
      termStart: dayIn(TERM_START_DAYS),
      termEnd: dayIn(TERM_END_DAYS),
      agreementSigned: z.boolean(),
    })
    .strict()
    .refine((v) => v.termEnd >= v.termStart, { message: '任期结束日期不能早于开始日期', path: ['termEnd'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_EXISTS'],
});

/** The appointed person binds their WeChat account with the code they were given. */
export const bindSupervisor = defineContract<SupervisorCard>()({
  fn: 'supervision',
  action: 'bindSupervisor',
  input: z.object({ code: lineText().min(4, '请输入绑定码').max(64, '绑定码不正确') }).strict(),
  errors: ['NOT_FOUND', 'CONFLICT'],
});

/** The appointing body's supervisors (the office's head for integrity; agency staff for conduct). */
export const listSupervisors = defineContract<{ items: SupervisorListItem[] }>()({
  fn: 'supervision',
  action: 'listSupervisors',
  input: z.object({ bodyId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** The caller's own appointments, shown as certificates. */
export const mySupervisorCards = defineContract<{ items: SupervisorCard[] }>()({
  fn: 'supervision',
  action: 'mySupervisorCards',
  input: z.object({}).strict(),
});
