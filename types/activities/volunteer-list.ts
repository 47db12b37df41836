import { z } from 'zod';
import { defineContract } from '../common/contract';
import type { ExportedFile } from '../common/exports';
import { docId } from '../common/validators';
import { reasonText } from '../profile/requests';

/** One registered volunteer as the organising node's staff see them: phone masked, hours from the records. */
export interface VolunteerRow {
  veteranId: string;
  name: string;
  phoneMasked: string;
  /** Where they live (street · community · grid). */
  place: string;
  /** Where they will serve. */
  areaName: string;
  skills: string[];
  availability: string[];
  /** YYYY-MM-DD, Shanghai. */
  registeredAt: string;
  /** Hours recorded by organisers, all activities (谁记录谁证明: each by its organiser). */
  hours: number;
  services: number;
}

/**
 * 志愿者名册: the volunteers living under a node (a grid up to the district), newest registration first,
 * a page at a time, for the node's grid team and the staff over it (who organise its activities).
 */
export const listVolunteers = defineContract<{
  orgName: string;
  total: number;
  page: number;
  pageSize: number;
  items: VolunteerRow[];
}>()({
  fn: 'activities',
  action: 'listVolunteers',
  input: z
    .object({
      orgId: docId,
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(50).default(20),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

/**
 * The node's volunteers as an .xlsx in the columns of the national volunteer service system's batch import
 * (全国志愿服务信息系统, the system civil-affairs departments designate): identity, contact, service area
 * and categories, registration date, recorded hours and services, training and awards. ID numbers and
 * phones masked, or in full for staff who may see full files (street and district), with a reason; every
 * export is audited.
 */
export const exportVolunteers = defineContract<ExportedFile & { rows: number; masked: boolean }>()({
  fn: 'activities',
  action: 'exportVolunteers',
  input: z
    .object({
      orgId: docId,
      full: z.boolean().default(false),
      reason: reasonText('导出原因'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});
