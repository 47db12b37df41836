/** Hardship subsidies (临时困难补助) and relief-fund cases (救助专项资金). Money in integer fen. */
export type AssistKind = 'subsidy' | 'relief';
export type AssistStatus = 'submitted' | 'reviewed' | 'approved' | 'rejected' | 'disbursed';

export const ASSIST_KIND_LABELS: Record<AssistKind, string> = { subsidy: '临时困难补助', relief: '救助专项资金' };
export const ASSIST_STATUS_LABELS: Record<AssistStatus, string> = {
  submitted: '已提交，待服务站审核',
  reviewed: '服务站已审核，待审批',
  approved: '已批准，待发放',
  rejected: '未通过',
  disbursed: '已发放',
};

export const DISBURSE_METHODS = ['银行转账', '社保卡', '现金'] as const;
export type DisburseMethod = (typeof DISBURSE_METHODS)[number];

export interface AssistStep {
  step: 'submitted' | 'reviewed' | 'approved' | 'rejected' | 'disbursed';
  byName: string;
  byRole: string;
  at: Date;
  note: string;
  amountFen: number | null;
}

/** Collection `assistance`: one application and its steps. */
export interface AssistanceDoc {
  _id: string;
  kind: AssistKind;
  veteranId: string;
  veteranName: string;
  orgPath: string[];
  gridId: string;
  situation: string;
  askedFen: number;
  evidence: string[];
  appliedByOpenid: string;
  appliedByStaffId: string | null;
  status: AssistStatus;
  /** 'street' or 'district': who must approve, from the amount and the limits at submission. */
  approverLevel: 'street' | 'district';
  approvedFen: number | null;
  fundId: string | null;
  disbursedFen: number | null;
  disbursedAt: Date | null;
  disburseMethod: DisburseMethod | null;
  /** YYYY-MM of the disbursement (Asia/Shanghai), for the dashboard. */
  disbursedMonth: string | null;
  /** False from the payment until it is counted in `careMonthly` (cloudfunctions/_kernel/care-monthly). */
  monthlyBooked?: boolean;
  steps: AssistStep[];
  createdAt: Date;
  updatedAt: Date;
}

/** Collection `assistLocks`, _id = veteranId: the veteran's one open application. */
export interface AssistLockDoc {
  _id: string;
  applicationId: string | null;
  updatedAt: Date;
}

/** Collection `reliefFunds`: a fund whose balance never goes negative. */
export interface ReliefFundDoc {
  _id: string;
  name: string;
  orgId: string;
  balanceFen: number;
  paidFen: number;
  updatedAt: Date;
}

/** Collection `assistSettings`, _id = district id: approval limits. */
export interface AssistSettingsDoc {
  _id: string;
  /** Subsidies up to this amount are approved by the street; above it by the district. */
  streetLimitFen: number;
  /** The most a subsidy may be. */
  subsidyMaxFen: number;
  /** The most a relief case may be. */
  reliefMaxFen: number;
  updatedAt: Date;
  /** The district staff member (staff id) and name who last changed them. */
  updatedBy?: string;
  updatedByName?: string;
  /** The latest changes, newest first (kept to the last 20). */
  changes?: { at: Date; byStaffId: string; byName: string; before: AssistLimitValues; after: AssistLimitValues }[];
}

export interface AssistLimitValues {
  streetLimitFen: number;
  subsidyMaxFen: number;
  reliefMaxFen: number;
}

/** Collection `fundMovements`: every top-up and payment of a relief fund, with the balance after it. */
export interface FundMovementDoc {
  _id: string;
  fundId: string;
  orgId: string;
  kind: 'topup' | 'payment';
  amountFen: number;
  balanceAfterFen: number;
  note: string;
  applicationId: string | null;
  byStaffId: string | null;
  byName: string;
  at: Date;
}

export const DEFAULT_ASSIST_LIMITS = { streetLimitFen: 300_000, subsidyMaxFen: 2_000_000, reliefMaxFen: 10_000_000 };
