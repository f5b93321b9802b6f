// How pipewright's lint does on test suites that other linters publish, whole file by whole
// file, as a user would run it: plain `pipewright lint` on actionlint's error cases (recall: a
// file with at least one error found) and on its ok cases that GitHub's own parser accepts
// (false alarms: a file with an error reported), `pipewright lint --strict` on zizmor's audit
// fixtures (security recall: a file with any finding). The suites are not part of pipewright:
// point the script at checkouts of them. Prints figures and, with --list, the files missed.
// With --zizmor-expected, a table of fixtures (path, `findings` or `none`, as zizmor's own test
// snapshots say, then the snapshot tests with their persona: `name(default:findings);...`) splits
// zizmor's fixtures into cases with findings (recall) and without (alarms). A fixture zizmor
// reports only in its pedantic or auditor persona is linted with `--pedantic` as well.
// Usage: node scripts/upstream-recall.mjs [--actionlint <dir with err/ and ok/>] [--zizmor <test-data dir>]
//        [--zizmor-expected <tsv>] [--scripts | --no-scripts] [--list]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? resolve(process.argv[i + 1]) : undefined;
};
const list = process.argv.includes("--list");
// As `pipewright lint` does by default, actionlint's cases are linted with the shellcheck and
// pyflakes found on PATH; --scripts requires both, --no-scripts uses neither.
const scripts = { scripts: process.argv.includes("--no-scripts") ? false : process.argv.includes("--scripts") ? true : "auto" };
const scriptsNote = scripts.scripts === "auto" ? "" : scripts.scripts ? " (--scripts)" : " (--no-scripts)";

// lint and GitHub's parser from pipewright's sources, bundled as dist/ is.
const { build } = await import("esbuild");
const entry = `export { lintFiles } from "./src/runs/lint-files.ts"; export { githubParserProblems } from "./src/compile/gate.ts"; export { ZIZMOR_AUDITS } from "./src/lint/zizmor-audits.ts";`;
await build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, outfile: join(root, "tmp/upstream-recall.mjs"), bundle: true, format: "esm", platform: "node", target: "node20",
  external: ["esbuild", "prettier"], logLevel: "warning",
  banner: { js: 'import { createRequire as __pwCreateRequire } from "node:module"; const require = __pwCreateRequire(import.meta.url);' } });
const { lintFiles, githubParserProblems, ZIZMOR_AUDITS } = await import(join(root, "tmp/upstream-recall.mjs"));

const yamlFiles = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile()).sort().map((f) => join(dir, f));

/** The rule ids lint reports on each file. */
async function rulesFound(files, options) {
  const found = new Map();
  for (const file of files) {
    try {
      found.set(file, new Set((await lintFiles([file], { cwd: "/", ...options })).diagnostics.map((d) => d.rule)));
    } catch {
      found.set(file, new Set());
    }
  }
  return found;
}

/**
 * The pipewright rules that report the problem of a zizmor audit, by the audit's name in zizmor's
 * test files (snake case): src/lint/zizmor-audits.ts, and the names acceptance.rs gives its tests.
 */
const ACCEPTANCE_NAMES = { excessive_permission: "excessive-permissions", github_env_injection: "github-env", hardcoded_credentials: "hardcoded-container-credentials" };
const sameProblem = (audit) => ZIZMOR_AUDITS[ACCEPTANCE_NAMES[audit] ?? audit.replaceAll("_", "-")];

/** Files of `dir` where lint reports what `counts` accepts; `rules`, if given, gets each such file's rules that counted. */
async function verdicts(files, options, counts, rules) {
  const found = new Set();
  for (const file of files) {
    let result;
    try {
      result = await lintFiles([file], { cwd: "/", ...options });
    } catch (error) {
      console.log(`  crash on ${file}: ${error.message}`);
      continue;
    }
    if (result.diagnostics.some(counts)) found.add(file);
    rules?.set(file, [...new Set(result.diagnostics.filter(counts).map((d) => d.rule))]);
  }
  return found;
}

/**
 * Errors on actionlint's ok cases that were looked at and are real: GitHub rejects the file or
 * the run fails, though actionlint does not check it (or its case predates the change). Each is
 * by the case's file name and the rule, with the reason. A file counts as a false alarm unless
 * every error rule on it is listed here for it; both figures are printed.
 */
const CONFIRMED = {
  "filters_for_specific_events.yaml": { "trigger-filters": "GitHub refuses the file: \"you may only define one of `branches` and `branches-ignore` for a single event\"" },
  "issue-136.yaml": { "reusable-workflow": "a local reusable workflow must be in .github/workflows; GitHub refuses ./path/to/workflow.yaml" },
  "issue-285_expr_assign_at_matrix_row.yaml": { "expression-type": "fromJSON('...') fails when the job is evaluated: '...' is not JSON" },
  "matrix_exclude_match_to_expr.yaml": { "expression-type": "fromJSON('...') fails when the job is evaluated: '...' is not JSON" },
  "matrix_expression_in_exclude.yaml": { "expression-type": "fromJSON('...') fails when the job is evaluated: '...' is not JSON" },
  "workflow_call_event.yaml": { "runner-label": "GitHub retired the ubuntu-20.04 image in April 2025: the job never gets a runner" },
};

const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
const actionlint = arg("--actionlint");
if (actionlint) {
  const errFiles = yamlFiles(join(actionlint, "err"));
  const errors = await verdicts(errFiles, scripts, (d) => d.severity === "error");
  console.log(`actionlint error cases: error recall ${pct(errors.size, errFiles.length)}${scriptsNote}`);
  if (list) for (const f of errFiles.filter((f) => !errors.has(f))) console.log(`  missed ${relative(actionlint, f)}`);
  const okFiles = [];
  for (const file of yamlFiles(join(actionlint, "ok"))) {
    if ((await githubParserProblems(file, readFileSync(file, "utf8"))).length === 0) okFiles.push(file);
  }
  const alarmRules = new Map();
  const alarms = await verdicts(okFiles, scripts, (d) => d.severity === "error", alarmRules);
  console.log(`actionlint ok cases GitHub's parser accepts: errors reported on ${pct(alarms.size, okFiles.length)}${scriptsNote}`);
  // Which rules raise them: each is then an error to justify or a severity to reconsider.
  const byRule = new Map();
  for (const f of alarms) for (const rule of alarmRules.get(f)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  if (byRule.size) console.log(`  by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(", ")}`);
  // Without the errors confirmed real (CONFIRMED): the alarms that are false.
  const reasons = (f) => alarmRules.get(f).map((rule) => CONFIRMED[relative(join(actionlint, "ok"), f)]?.[rule]);
  const confirmed = (f) => reasons(f).every(Boolean);
  const falseAlarms = [...alarms].filter((f) => !confirmed(f));
  console.log(`  of which not confirmed real (${alarms.size - falseAlarms.length} files only with errors looked at and confirmed): false alarms ${pct(falseAlarms.length, okFiles.length)}`);
  if (list) for (const f of alarms) console.log(`  alarm ${relative(actionlint, f)} [${alarmRules.get(f).join(", ")}]${confirmed(f) ? ` confirmed: ${reasons(f).join("; ")}` : ""}`);
}
const zizmor = arg("--zizmor");
if (zizmor) {
  const files = yamlFiles(zizmor);
  const found = await verdicts(files, { strict: true }, () => true);
  console.log(`zizmor fixtures: security recall ${pct(found.size, files.length)} (--strict, any finding)`);
  // By audit (a fixture's folder, or its file name at the top), to see which audits pipewright covers.
  const byAudit = new Map();
  for (const f of files) {
    const audit = relative(zizmor, f).split("/")[0].replace(/\.ya?ml$/, "");
    const entry = byAudit.get(audit) ?? { files: 0, found: 0 };
    entry.files++;
    if (found.has(f)) entry.found++;
    byAudit.set(audit, entry);
  }
  for (const [audit, { files: n, found: k }] of [...byAudit].sort((a, b) => b[1].files - a[1].files)) console.log(`  ${audit.padEnd(32)} ${k}/${n}`);
  if (list) for (const f of files.filter((f) => !found.has(f))) console.log(`  missed ${relative(zizmor, f)}`);
}
const expectedFile = arg("--zizmor-expected");
/**
 * The audits whose tests run a fixture: `audit/<audit>.rs:...`, the older `snapshot.rs:<audit>`
 * and `acceptance.rs:audit_<audit>`. A fixture run only by end-to-end, configuration or output
 * format tests has none: which audit reported its findings is not recorded, so it counts for
 * any-finding recall but not for the same-problem one.
 */
const auditsOf = (tests) => [...new Set([
  ...[...tests.matchAll(/audit\/([a-z_]+)\.rs/g)].map((m) => m[1]),
  ...[...tests.matchAll(/(?:^|;)snapshot\.rs:([a-z_]+)\(/g)].map((m) => m[1]),
  ...[...tests.matchAll(/(?:^|;)acceptance\.rs:audit_([a-z_]+)\(/g)].map((m) => m[1]),
])];
if (zizmor && expectedFile) {
  const expected = readFileSync(expectedFile, "utf8").split("\n").filter(Boolean).map((line) => line.split("\t")).map(([path, verdict, tests = ""]) => ({ file: join(zizmor, path), verdict, pedantic: !tests.includes("(default:findings)"), shellcheck: tests.includes("needs-shellcheck"),
    audits: auditsOf(tests) }))
    .filter(({ file }) => { try { return statSync(file).isFile(); } catch { return false; } });
  const positives = expected.filter((e) => e.verdict === "findings").map((e) => e.file);
  const negatives = [];
  for (const { file, verdict } of expected) {
    if (verdict === "none" && (await githubParserProblems(file, readFileSync(file, "utf8"))).length === 0) negatives.push(file);
  }
  // zizmor runs shellcheck for the fixtures its tests mark needs-shellcheck; pipewright does with --scripts.
  const needsShellcheck = new Set(expected.filter((e) => e.shellcheck).map((e) => e.file));
  const personaOf = (f) => ({ strict: true, ...(needsShellcheck.has(f) ? { scripts: true } : {}) });
  const plainFound = new Set([...(await verdicts(positives.filter((f) => !needsShellcheck.has(f)), { strict: true }, () => true)),
    ...(await verdicts(positives.filter((f) => needsShellcheck.has(f)), { strict: true, scripts: true }, () => true))]);
  console.log(`zizmor fixtures with findings (by its snapshots): security recall ${pct(plainFound.size, positives.length)} (--strict, any finding; --scripts for the ${needsShellcheck.size} zizmor checks with shellcheck)`);
  // At zizmor's persona: pedantic/auditor-only fixtures get pipewright's pedantic rules too.
  const pedanticOnly = new Set(expected.filter((e) => e.verdict === "findings" && e.pedantic).map((e) => e.file));
  const found = new Set([...plainFound, ...(await verdicts([...pedanticOnly].filter((f) => !plainFound.has(f)), { strict: true, pedantic: true }, () => true))]);
  console.log(`  at zizmor's persona (${pedanticOnly.size} pedantic/auditor-only fixtures also with --pedantic): security recall ${pct(found.size, positives.length)}`);
  if (list) for (const f of positives.filter((f) => !found.has(f))) console.log(`  missed ${relative(zizmor, f)}${pedanticOnly.has(f) ? " (pedantic)" : ""}`);
  // Stricter: the finding must be of the same problem as zizmor's (its audit's counterpart rules).
  const audits = new Map(expected.map((e) => [e.file, e.audits]));
  const rules = new Map();
  for (const f of positives) for (const [file, found] of await rulesFound([f], { ...personaOf(f), ...(pedanticOnly.has(f) ? { pedantic: true } : {}) })) rules.set(file, found);
  const audited = positives.filter((f) => audits.get(f).length > 0);
  const same = audited.filter((f) => audits.get(f).some((audit) => (sameProblem(audit) ?? []).some((rule) => rules.get(f).has(rule))));
  const comparable = audited.filter((f) => audits.get(f).some((audit) => sameProblem(audit)));
  console.log(`  same problem as zizmor's audit, at its persona, of the ${audited.length} run by an audit's tests: ${pct(same.length, audited.length)}; of the ${comparable.length} whose audit pipewright has a rule for: ${pct(same.length, comparable.length)}`);
  if (list) for (const f of audited.filter((f) => !same.includes(f))) console.log(`  other ${relative(zizmor, f)} [${audits.get(f).join(",")}] found: ${[...rules.get(f)].join(",") || "-"}`);
  const alarms = await verdicts(negatives, {}, (d) => d.severity === "error");
  console.log(`zizmor fixtures without findings that GitHub's parser accepts: errors reported on ${pct(alarms.size, negatives.length)} (plain lint)`);
  if (list) for (const f of alarms) console.log(`  alarm ${relative(zizmor, f)}`);
}

