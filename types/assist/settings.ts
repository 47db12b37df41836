import { z } from 'zod';
import { defineContract } from '../common/contract';
import { fen } from '../common/money';

/** The highest any limit may be set to: the most an application may ask for (see applyAssistance). */
export const LIMIT_CEILING_YUAN = 100_000;

export interface AssistLimitsChange {
  at: string;
  byName: string;
  before: AssistLimits;
  after: AssistLimits;
}

export interface AssistLimits {
  /** Subsidies up to this are approved by the street; above it by the district. */
  streetLimitFen: number;
  subsidyMaxFen: number;
  reliefMaxFen: number;
}

export interface AssistSettingsView extends AssistLimits {
  /** False while the district runs on the defaults. */
  configured: boolean;
  updatedAt: string | null;
  updatedByName: string | null;
  /** The latest changes first (who, when, before and after). */
  changes: AssistLimitsChange[];
}

const limit = (what: string) => fen(LIMIT_CEILING_YUAN, what).refine((v) => v > 0, `${what}应大于0`);

/** The district's approval limits, for the staff and grid teams who work by them. */
export const getAssistSettings = defineContract<AssistSettingsView>()({
  fn: 'assist',
  action: 'getAssistSettings',
  input: z.object({}).strict(),
  errors: ['FORBIDDEN'],
});

/** District staff set the limits; the street's limit may not exceed the most a subsidy may be. */
export const updateAssistSettings = defineContract<AssistSettingsView>()({
  fn: 'assist',
  action: 'updateAssistSettings',
  input: z
    .object({
      streetLimitFen: limit('街道审批上限'),
      subsidyMaxFen: limit('补助金额上限'),
      reliefMaxFen: limit('救助金额上限'),
    })
    .strict()
    .refine((v) => v.streetLimitFen <= v.subsidyMaxFen, {
      message: '街道审批上限不能高于补助金额上限',
      path: ['streetLimitFen'],
    }),
  errors: ['FORBIDDEN'],
});
