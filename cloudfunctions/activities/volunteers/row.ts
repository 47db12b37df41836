import { AVAILABILITY_LABELS, VOLUNTEER_SKILL_LABELS, type VolunteerDoc } from '../../../types/activities/volunteers';
import type { VolunteerRow } from '../../../types/activities/volunteer-list';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import type { OrgDoc } from '../../../types/org/model';
import { placeName } from '../../_domain/orgs';
import type { VolunteerFacts } from './facts';

/** What a registration's special skills read as: the chosen ones, then the one typed. */
export function skillLabels(v: VolunteerDoc): string[] {
  return [...v.skills.map((s) => VOLUNTEER_SKILL_LABELS[s]), ...(v.otherSkill ? [v.otherSkill] : [])];
}

/** Hours as shown and exported: minutes / 60 to two decimals at most. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

export function volunteerRow(v: VolunteerDoc, facts: VolunteerFacts, orgs: Map<string, OrgDoc>): VolunteerRow {
  const file = facts.files.get(v.veteranId);
  const service = facts.service.get(v.veteranId) ?? { minutes: 0, services: 0 };
  return {
    veteranId: v.veteranId,
    name: file?.name ?? v.name,
    phoneMasked: file?.phoneMasked ?? '',
    place: placeName(orgs, (file?.orgPath ?? v.orgPath).slice(1)),
    areaName: v.areaName,
    skills: skillLabels(v),
    availability: v.availability.map((a) => AVAILABILITY_LABELS[a]),
    registeredAt: shanghaiDay(v.registeredAt),
    hours: hoursOf(service.minutes),
    services: service.services,
  };
}
