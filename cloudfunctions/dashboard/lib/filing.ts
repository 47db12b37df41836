/**
 * 建档率 as the ledger counts it (types/veteran/ledger-rules.ts isComplete: every required section filled and
 * the file verified), read from the ledger's per-grid rows (ledgerStats) which the ledger keeps on every write.
 */
export const FILING_RULE = '档案各必填部分（身份、服役、住址、联系电话等）均已填写，且已核实';
