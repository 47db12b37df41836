import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { fen } from '../common/money';

export interface FundView {
  id: string;
  name: string;
  balanceFen: number;
  paidFen: number;
  /** Everything ever added to the fund. */
  toppedUpFen: number;
}

export type FundMovementKind = 'topup' | 'payment';

export interface FundMovementView {
  id: string;
  kind: FundMovementKind;
  kindLabel: string;
  amountFen: number;
  balanceAfterFen: number;
  note: string;
  byName: string;
  at: string;
  /** The relief case paid, for a payment. */
  applicationId: string | null;
}

/** The most one top-up may add. */
export const TOPUP_CEILING_YUAN = 10_000_000;

/** District staff open the district's relief fund (it starts empty; money comes by top-ups). */
export const createFund = defineContract<FundView>()({
  fn: 'assist',
  action: 'createFund',
  input: z
    .object({ name: lineText().min(4, '请填写资金名称（至少4个字）').max(40, '资金名称不能超过40个字') })
    .strict(),
  errors: ['FORBIDDEN', 'ALREADY_EXISTS'],
});

/** District staff add money to a fund, with a note (source, document number); recorded as a movement. */
export const topUpFund = defineContract<FundView>()({
  fn: 'assist',
  action: 'topUpFund',
  input: z
    .object({
      fundId: docId,
      amountFen: fen(TOPUP_CEILING_YUAN, '注入金额').refine((v) => v > 0, '注入金额应大于0'),
      note: lineText().min(2, '请填写备注（如资金来源、文号）').max(200, '备注不能超过200个字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** A fund's top-ups and payments, newest first (district staff). */
export const listFundMovements = defineContract<{ fund: FundView; items: FundMovementView[] }>()({
  fn: 'assist',
  action: 'listFundMovements',
  input: z.object({ fundId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});
