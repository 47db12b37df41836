import { z } from 'zod';
import { defineContract } from '../common/contract';
import { FILE_SECTIONS } from '../veteran/fields';
import type { LedgerSettings } from '../veteran/ledger-rules';
import type { JobProgress } from '../jobs/model';

/** The district's ledger rules: required sections for a complete file, verification intervals. */
export const ledgerSettings = defineContract<LedgerSettings>()({
  fn: 'ledger',
  action: 'ledgerSettings',
  input: z.object({}).strict(),
});

/**
 * District staff change the rules; the filing rates are recomputed for every grid by the rebuild job it
 * starts (answered as `job`: the page follows it with ledger.ledgerJob until it is done).
 */
export const updateLedgerSettings = defineContract<LedgerSettings & { job: JobProgress }>()({
  fn: 'ledger',
  action: 'updateLedgerSettings',
  input: z
    .object({
      requiredSections: z.array(z.enum(FILE_SECTIONS)).min(1, '至少选择一项必填内容'),
      verifyMonths: z.number().int().min(1, '核实周期至少1个月').max(24, '核实周期不能超过24个月'),
      keyGroupVerifyMonths: z.number().int().min(1, '核实周期至少1个月').max(24, '核实周期不能超过24个月'),
    })
    .strict(),
});
