export { ensureDerivedLinks, sessionWrite, writeAudited, writeGraph } from "./write-path";
export type { AuditedOutcome, AuditedResult, OpenWrite, Tx } from "./write-path";
export { AUDIT_LABELS, canonical, ChangeWriter, withoutNulls } from "./change-writer";
export type { ChangeOp, ChangeRecord, ChangeSetInfo, Properties } from "./change-writer";
export { UNFUNDED_STAGES } from "./derived-links";
export { batches, groupBy } from "./batches";
