/**
 * Runtime shape check against GitHub's workflow schema, for values the type checker did not
 * see (JavaScript users, `as any`, data read from elsewhere). The zod schema is derived from
 * schemas/workflow.schema.json, itself derived from GitHub's parser.
 */
import type { z } from "zod";
import { closest } from "../lint/spelling.js";
import { readScalarsAsGitHubDoes } from "./github-scalars.js";
import type { YamlPath } from "../model/workflow.js";

// Loaded on first use, for a workflow that is not valid: `check` never needs it for files that
// were checked when written, nor lint for valid ones.
let cached: Promise<z.ZodType> | undefined;
let validator: Promise<typeof import("../generated/workflow-validate.js")> | undefined;
/** Every key the schema names anywhere, for "did you mean" on an unknown one. */
let vocabulary: readonly string[] = [];
/** The zod parser of the shape check, which explains a workflow the validator rejects. */
export const workflowSchema = (): Promise<z.ZodType> =>
  (cached ??= Promise.all([import("zod"), import("../../schemas/workflow.schema.json", { with: { type: "json" } })])
    .then(([{ z }, schema]) => {
      // zod compiles a parser for every object shape on first use; for one run over a few
      // files (a lint, a check) compiling costs more than it saves (measured: 98 vs 126 ms
      // over the 177 corpus files, cold).
      z.config({ jitless: true });
      vocabulary = [...keysOf(schema.default, new Set())];
      return z.fromJSONSchema(readScalarsAsGitHubDoes(schema.default) as never);
    }));

function keysOf(schema: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keysOf(item, into);
  else if (typeof schema === "object" && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "properties" && typeof value === "object" && value !== null) for (const name of Object.keys(value)) into.add(name);
      keysOf(value, into);
    }
  }
  return into;
}

export interface ShapeProblem {
  readonly path: YamlPath;
  readonly message: string;
  readonly hint: string;
}

type Issue = z.core.$ZodIssue;

/**
 * Checks a workflow's shape; returns one problem per place that is wrong. A precompiled
 * validator of the same schema says whether there is any (test/compile/shape-validator.test.ts
 * holds its verdicts equal to zod's); zod, loaded only then, says what and where.
 */
export async function checkShape(workflow: unknown): Promise<ShapeProblem[]> {
  const { validate } = await (validator ??= import("../generated/workflow-validate.js"));
  if (validate(workflow)) return [];
  const result = (await workflowSchema()).safeParse(workflow);
  if (result.success) return [];
  return explain(result.error.issues, [], workflow);
}

function didYouMean(key: string): string {
  const near = closest(key, vocabulary.filter((k) => k !== key));
  return near ? `; did you mean "${near}"?` : "";
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function explain(issues: readonly Issue[], base: YamlPath, root: unknown): ShapeProblem[] {
  return issues.flatMap((issue) => explainOne(issue, [...base, ...(issue.path as YamlPath)], root));
}

function explainOne(issue: Issue, path: YamlPath, root: unknown): ShapeProblem[] {
  if (path.length > 0 && valueAt(root, path) === undefined && issue.code !== "unrecognized_keys") {
    const key = String(path[path.length - 1]);
    return [{ path, message: `required key "${key}" is missing`, hint: `add \`${key}\`` }];
  }
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown key "${key}"${didYouMean(key)}`,
        hint: "check the spelling against GitHub's workflow syntax; every key GitHub accepts is typed in pipewright",
      }));
    case "invalid_union": {
      const branches = issue.errors.map((errors) => explain(errors, path, root));
      // A branch that failed on the value's own type is the wrong branch; of the rest, the
      // one with the fewest problems is what the author meant.
      const plausible = issue.errors
        .map((errors, i) => ({ errors, problems: branches[i]! }))
        .filter(({ errors }) => !failsOnValue(errors));
      if (plausible.length > 0) {
        plausible.sort((a, b) => a.problems.length - b.problems.length);
        return plausible[0]!.problems;
      }
      const expected = [...new Set(issue.errors.flatMap((errors) => errors.filter((e) => e.path.length === 0).flatMap(describeExpected)))];
      return [{ path, message: `value is not valid here: expected ${expected.join(" or ")}`, hint: "see GitHub's workflow syntax for this key" }];
    }
    case "invalid_type":
      return [{ path, message: `expected ${issue.expected}, got ${typeOf(valueAt(root, path))}`, hint: "change the value's type" }];
    case "invalid_value":
      return [{ path, message: `value must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`, hint: "use one of the listed values" }];
    case "too_small":
      return [{ path, message: "must not be empty", hint: "give it a value, or leave the key out" }];
    case "invalid_format":
      if (valueAt(root, path) === "") return [{ path, message: "must not be empty", hint: "give it a value, or leave the key out" }];
      // The only format in the schema is `${{ ... }}`, the text form of a number or boolean key.
      return [{ path, message: `text ${JSON.stringify(valueAt(root, path))} is not valid here: only an expression \`\${{ ... }}\` may be text`,
        hint: "write the number or boolean without quotes, e.g. `timeout-minutes: 30`, or use an expression" }];
    default:
      return [{ path, message: issue.message, hint: "see GitHub's workflow syntax for this key" }];
  }
}

/**
 * Whether a union branch rejected the value itself rather than something inside it: its type,
 * its literal value, or a nested union whose every branch did so (an `on` mapping checked
 * against the list of event names).
 */
function failsOnValue(errors: readonly Issue[]): boolean {
  return errors.some((e) => e.path.length === 0 && (e.code === "invalid_type" || e.code === "invalid_value" || e.code === "invalid_format" ||
    (e.code === "invalid_union" && e.errors.every(failsOnValue))));
}

/** What a branch expected of the value itself; a nested union lists its branches' expectations. */
function describeExpected(issue: Issue): string[] {
  if (issue.code === "invalid_union") return issue.errors.flatMap((errors) => errors.filter((e) => e.path.length === 0).flatMap(describeExpected));
  if (issue.code === "invalid_type") return [issue.expected];
  if (issue.code === "invalid_value") return issue.values.map((v) => JSON.stringify(v));
  if (issue.code === "invalid_format") return ["an expression `${{ ... }}`"];
  return [issue.message];
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
