import type { Rule } from "../rule.js";
import { cron } from "./cron.js";
import { emptySection } from "./empty-section.js";
import { expressionSyntax } from "./expression-syntax.js";
import { jobId } from "./job-id.js";
import { needsCycle } from "./needs-cycle.js";
import { needsUnknown } from "./needs-unknown.js";
import { stepId } from "./step-id.js";
import { stepKind } from "./step-kind.js";

/** Every rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  emptySection,
  jobId,
  needsUnknown,
  needsCycle,
  stepKind,
  stepId,
  cron,
  expressionSyntax,
];
