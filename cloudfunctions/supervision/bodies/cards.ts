import type { OrgDoc } from '../../../types/org/model';
import type { SupervisorDoc } from '../../../types/supervision/model';
import {
  SUPERVISOR_TYPE_LABELS,
  type SupervisorCard,
  type SupervisorListItem,
} from '../../../types/supervision/appointments';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { canFile, inTerm } from './term';

export function supervisorCard(s: SupervisorDoc, body: OrgDoc | undefined, now: Date): SupervisorCard {
  return {
    supervisorId: s._id,
    type: s.type,
    typeLabel: SUPERVISOR_TYPE_LABELS[s.type],
    bodyId: s.bodyId,
    bodyName: body?.name ?? '未知单位',
    name: s.name,
    certificateNo: s.certificateNo,
    termStart: shanghaiDay(s.termStart),
    termEnd: shanghaiDay(s.termEnd),
    agreementSigned: s.agreementSigned,
    canFile: canFile(s, now),
    status: s.status,
  };
}

export function supervisorListItem(s: SupervisorDoc, body: OrgDoc | undefined, now: Date): SupervisorListItem {
  const { canFile: _canFile, ...card } = supervisorCard(s, body, now);
  return { ...card, bound: Boolean(s.openid), inTerm: inTerm(s, now) };
}
