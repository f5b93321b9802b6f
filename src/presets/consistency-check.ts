import { z } from "zod";
import { checkout, setupNode } from "../actions/index.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { callSite } from "../model/source.js";
import { parseOptions } from "./options.js";

/** A folder inside the repository, written the way the other options take paths. */
const PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\n]+$/;

const Options = z.object({
  /** setup-node's `node-version`: `"20"`, `"22.11.0"`, `"lts/*"`. */
  nodeVersion: z.string().regex(/^[\w.*/+-]+$/, 'a Node.js version such as "20", "22.11.0" or "lts/*"').default("20"),
  packageManager: z.enum(["npm", "pnpm", "yarn"], { error: 'one of "npm", "pnpm", "yarn"' }).default("npm"),
  /** Where package.json and workflows.ts are; `"."` is the repository root. */
  workingDirectory: z.string().regex(PATH, "a relative folder inside the repository, such as . or tools/ci").default("."),
  /** Also fail on warnings (`pipewright check --strict`). */
  strict: z.boolean().default(false),
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id: letters, digits, - and _").default("pipewright-check"),
  name: z.string().min(1).default("Generated workflows are up to date"),
  runsOn: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default("ubuntu-latest"),
  timeoutMinutes: z.number().int().min(1).max(360).default(10),
}).strict();

export type ConsistencyCheckOptions = z.input<typeof Options>;

const LOCKFILE = { npm: "package-lock.json", pnpm: "pnpm-lock.yaml", yarn: "yarn.lock" } as const;
// Each refuses to change the lockfile: CI installs exactly what was committed.
const INSTALL = { npm: "npm ci", pnpm: "pnpm install --frozen-lockfile", yarn: "yarn install --frozen-lockfile" } as const;
// The project's own installed pipewright, never a download: the version workflows.ts imports.
const CHECK = { npm: "node_modules/.bin/pipewright check", pnpm: "pnpm exec pipewright check", yarn: "yarn pipewright check" } as const;

/**
 * A job that fails when the YAML in `.github/workflows/` is not exactly what `workflows.ts`
 * generates: a pull request that edits a generated file by hand, or changes `workflows.ts`
 * without regenerating, fails here with the diff and the command that fixes it. It checks
 * out, sets up Node.js with the package manager's cache, installs from the lockfile and runs
 * the project's own `pipewright check`. pnpm and yarn come from corepack (the `packageManager`
 * field of package.json), enabled before setup-node so its cache finds them.
 *
 * @example
 * const upToDate = consistencyCheck();
 * workflow("ci", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [test, upToDate] });
 * // pipewright-check:
 * //   name: Generated workflows are up to date
 * //   runs-on: ubuntu-latest
 * //   permissions:
 * //     contents: read
 * //   timeout-minutes: 10
 * //   steps:
 * //     - uses: actions/checkout@<commit> # v7.0.1
 * //       with:
 * //         persist-credentials: false
 * //     - uses: actions/setup-node@<commit> # v7.0.0
 * //       with:
 * //         node-version: "20"
 * //         cache: npm
 * //     - name: Install dependencies
 * //       run: npm ci
 * //     - name: pipewright check
 * //       run: node_modules/.bin/pipewright check
 *
 * consistencyCheck({ packageManager: "pnpm", workingDirectory: "tools/ci", nodeVersion: "22" });
 * //     - name: Enable corepack
 * //       run: corepack enable
 * //     - uses: actions/setup-node@<commit> # v7.0.0
 * //       with:
 * //         node-version: "22"
 * //         cache: pnpm
 * //         cache-dependency-path: tools/ci/pnpm-lock.yaml
 * //     ...
 */
export function consistencyCheck(options: ConsistencyCheckOptions = {}): JobRef<string, never> {
  const source = callSite(consistencyCheck);
  const o = parseOptions("consistencyCheck", Options, options);
  const dir = o.workingDirectory.replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
  const at = dir === "." ? {} : { "working-directory": dir };
  const steps: StepValue[] = [
    checkout(),
    ...(o.packageManager === "npm" ? [] : [run("corepack enable", { name: "Enable corepack" })]),
    setupNode({
      "node-version": o.nodeVersion,
      cache: o.packageManager,
      ...(dir === "." ? {} : { "cache-dependency-path": `${dir}/${LOCKFILE[o.packageManager]}` }),
    }),
    run(INSTALL[o.packageManager], { name: "Install dependencies", ...at }),
    run(`${CHECK[o.packageManager]}${o.strict ? " --strict" : ""}`, { name: "pipewright check", ...at }),
  ];
  const ref = job(o.id, {
    name: o.name,
    "runs-on": o.runsOn,
    "timeout-minutes": o.timeoutMinutes,
    permissions: { contents: "read" },
    steps,
  });
  return relocateJob(ref, source) as JobRef<string, never>;
}
