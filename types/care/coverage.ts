import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { dayIn, dayWindow } from '../common/dates';
import type { OrgKind } from '../org/model';

export interface UncontactedView {
  veteranId: string;
  name: string;
  keyGroup: string | null;
  lastContact: string | null;
  daysSince: number | null;
  limitDays: number;
}

/** For a grid member: who in the grid has not been contacted for N days (key groups sooner). */
export const uncontacted = defineContract<{
  gridId: string;
  items: UncontactedView[];
  total: number;
  contactDays: number;
  keyGroupContactDays: number;
}>()({
  fn: 'care',
  action: 'uncontacted',
  input: z
    .object({ gridId: docId.nullable().default(null), days: z.number().int().min(1).max(365).nullable().default(null) })
    .strict(),
  errors: ['NOT_FOUND'],
});

export interface CoverageRow {
  id: string;
  name: string;
  kind: OrgKind;
  veterans: number;
  contacted: number;
  rate: number;
}

/** For staff: coverage (veterans contacted within N days) per child of a node. */
export const coverage = defineContract<{
  node: { id: string; name: string; kind: OrgKind };
  days: number;
  total: CoverageRow;
  rows: CoverageRow[];
}>()({
  fn: 'care',
  action: 'coverage',
  input: z
    .object({ orgId: docId.nullable().default(null), days: z.number().int().min(1).max(365).default(90) })
    .strict(),
  errors: ['NOT_FOUND'],
});

export interface CampaignView {
  id: string;
  name: string;
  orgId: string;
  startDate: string;
  endDate: string;
  target: 'all' | 'key_groups';
  targets: number;
  covered: number;
  rate: number;
}

/** A campaign's start and end: a year back to two ahead (the picker offers the same). */
export const CAMPAIGN_DAYS = dayWindow(366, 731, '活动日期应在一年前至两年后之间');
const campaignDay = dayIn(CAMPAIGN_DAYS);

/** A visit campaign (大走访) over a node: all living veterans, or its key groups. */
export const createCampaign = defineContract<CampaignView>()({
  fn: 'care',
  action: 'createCampaign',
  input: z
    .object({
      name: lineText().min(2, '请填写活动名称').max(40, '活动名称不能超过40个字'),
      orgId: docId,
      startDate: campaignDay,
      endDate: campaignDay,
      target: z.enum(['all', 'key_groups']),
    })
    .strict()
    .refine((v) => v.endDate >= v.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** Campaigns over the caller's jurisdiction with their coverage so far. */
export const listCampaigns = defineContract<{ items: CampaignView[] }>()({
  fn: 'care',
  action: 'listCampaigns',
  input: z.object({ orgId: docId.nullable().default(null) }).strict(),
  errors: ['NOT_FOUND'],
});

export interface CampaignProgressRow {
  id: string;
  name: string;
  kind: OrgKind;
  targets: number;
  covered: number;
  rate: number;
}

/**
 * One campaign's coverage under a node (the campaign's own node by default, or the caller's when it lies
 * below): per child node, and at a grid the targets not yet visited, to go and see.
 */
export const campaignProgress = defineContract<{
  campaign: CampaignView;
  node: { id: string; name: string; kind: OrgKind };
  total: CampaignProgressRow;
  rows: CampaignProgressRow[];
  /** At a grid only: the targets without a visit of this campaign yet. */
  uncovered: { veteranId: string; name: string; keyGroup: string | null }[] | null;
  /** The campaign runs today (visits may still be logged against it). */
  running: boolean;
}>()({
  fn: 'care',
  action: 'campaignProgress',
  input: z.object({ id: docId, orgId: docId.nullable().default(null) }).strict(),
  errors: ['NOT_FOUND'],
});
