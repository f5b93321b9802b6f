/**
 * pipewright: typed GitHub Actions workflows, compiled to checked, deterministic YAML.
 * @packageDocumentation
 */
export { workflow, type WorkflowDefinition, type WorkflowValue } from "./dsl/workflow.js";
export { job, type JobRef, type AnyJobRef, type JobDefinition, type RunnerJobDefinition, type CallerJobDefinition, type Need, type StepValue } from "./dsl/job.js";
export { run, uses, type RunOptions, type UsesOptions, type StepOutputs } from "./dsl/step.js";
export { github, secrets, vars, env, inputs, matrix, steps, needs, runner, jobContext, strategy, context } from "./dsl/contexts.js";
export type { GitHubContext, RunnerContext, JobContext, StrategyContext, NamedContext, DeepExpr } from "./dsl/contexts.js";
export {
  eq, ne, lt, le, gt, ge, and, or, not, contains, startsWith, endsWith, format, join, toJSON, fromJSON,
  hashFiles, always, success, failure, cancelled, literal, type Operand,
} from "./dsl/functions.js";
export { expr, isExpr, type Expr } from "./model/expression.js";
export type { Value } from "./dsl/value.js";
export { defineConfig, type Config } from "./project/define-config.js";
export { compile, type CompileOptions, type CompileResult, type CompiledFile } from "./compile/compile.js";
export { formatDiagnostic, type Diagnostic, type Severity } from "./lint/diagnostic.js";
export type * from "./model/workflow.js";
export type { SourceLocation } from "./model/source.js";
