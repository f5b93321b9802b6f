import { z } from "zod";
import { checkout } from "../actions/index.js";
import { job, relocateJob, type JobRef } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { callSite } from "../model/source.js";
import { dataFlowFields, idPrefixField, installStep, onPushTo, pythonSteps, requirementsField, runDefaults, shellWord, where } from "./data-flow.js";
import { repoPath } from "./dbt.js";
import { exprOnly, parseOptions } from "./options.js";

/** A module path (`pipelines.daily`) or a `.py` file glob (`flows/**\/*.py`), relative to the working directory. */
const FlowTarget = z.string().refine(
  (t) => /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(t) || (/^[\w.*?@+/-]+\.py$/.test(t) && !t.split("/").includes("..")),
  "a module path such as pipelines.daily, or a .py file glob such as flows/**/*.py (inside the project)",
);
/** A deployment name or pattern as `prefect deploy --name` takes it: `etl`, `my-flow/etl`, `etl-*`. */
const DeploymentName = z.string().regex(/^[^\s'"\\]+$/, "a deployment name or pattern such as etl, my-flow/etl or etl-* (no spaces or quotes)");

const Options = z.object({
  ...dataFlowFields,
  /** `PREFECT_API_URL`, e.g. `vars.PREFECT_API_URL`. */
  apiUrl: exprOnly,
  /** `PREFECT_API_KEY`, e.g. `secrets.PREFECT_API_KEY`; leave out for a server without keys. */
  apiKey: exprOnly.optional(),
  /** Extra modules or file globs to import-check besides the entrypoints of prefect.yaml. */
  flows: z.array(FlowTarget).default([]),
  prefectFile: repoPath.default("prefect.yaml"),
  /** Deploy only these deployments (`--name`); all of prefect.yaml's (`--all`) when absent. */
  names: z.array(DeploymentName).min(1, "list at least one deployment, or leave names out to deploy all").optional(),
  requirements: requirementsField.default("requirements.txt"),
  idPrefix: idPrefixField("prefect"),
}).strict();

export type PrefectDeployOptions = z.input<typeof Options>;

/** The two jobs of {@link prefectDeploy}; list both in the workflow's `jobs`. */
export interface PrefectDeployJobs {
  /** Installs the project and imports every flow prefect.yaml deploys. Runs on every event. */
  readonly validate: JobRef<string, never>;
  /** `prefect deploy`, on a push to the branch, in the environment. */
  readonly deploy: JobRef<string, never>;
}

// Imports each deployment's entrypoint (and each extra module) the way `prefect deploy` does,
// without the API: a typo, a missing dependency or a function without @flow fails the pull
// request instead of the deploy. Every problem is listed, not just the first.
const CHECK_FLOWS = String.raw`import argparse, fnmatch, glob, importlib, importlib.util, os, sys, traceback
import yaml
from prefect.flows import Flow

parser = argparse.ArgumentParser()
parser.add_argument("--prefect-file", required=True)
parser.add_argument("--name", action="append", default=[])
parser.add_argument("flows", nargs="*")
args = parser.parse_args()
problems, modules = [], {}

def problem(message):
    problems.append(message)
    print(f"::error::{message}")

def load(target, what):
    if target not in modules:
        modules[target] = None
        try:
            if target.endswith(".py"):
                name = f"_flow_check_{len(modules)}"
                spec = importlib.util.spec_from_file_location(name, target)
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                sys.path.insert(0, os.path.dirname(os.path.abspath(target)))
                try:
                    spec.loader.exec_module(module)
                finally:
                    sys.path.pop(0)
            else:
                module = importlib.import_module(target)
            modules[target] = module
        except (Exception, SystemExit):
            problem(f"{what}: importing {target} failed")
            traceback.print_exc()
    return modules[target]

for pattern in args.flows:
    targets = sorted(glob.glob(pattern, recursive=True)) if pattern.endswith(".py") else [pattern]
    if not targets:
        problem(f"{pattern}: no file matches")
    for target in targets:
        module = load(target, target)
        if module is not None:
            flows = sorted(v.name for v in vars(module).values() if isinstance(v, Flow))
            print(f"{target}: {', '.join(flows) or 'no flows'}")

with open(args.prefect_file) as f:
    deployments = (yaml.safe_load(f) or {}).get("deployments") or []
if not deployments:
    problem(f"{args.prefect_file} lists no deployments")
for deployment in deployments:
    what = f"deployment {deployment.get('name')}"
    entrypoint = str(deployment.get("entrypoint") or "")
    if "{{" in entrypoint:
        print(f"{what}: {entrypoint} is templated, not checked")
        continue
    separator = ":" if ":" in entrypoint else "."
    if separator not in entrypoint:
        problem(f"{what}: entrypoint {entrypoint!r} is neither path/to/file.py:flow nor package.module.flow")
        continue
    path, attribute = entrypoint.rsplit(separator, 1)
    target = load(path, what)
    for part in attribute.split(".") if target is not None else []:
        target = getattr(target, part, None)
    if target is not None and not isinstance(target, Flow):
        problem(f"{what}: {entrypoint} is not a @flow")
    elif target is not None:
        print(f"{what}: {entrypoint} -> flow {target.name}")

names = [str(d.get("name")) for d in deployments]
for wanted in args.name:
    if not fnmatch.filter(names, wanted.split("/", 1)[-1]):
        problem(f"--name {wanted}: no deployment in {args.prefect_file} matches")
if problems:
    sys.exit(f"{len(problems)} problem(s) found")`;

/**
 * Prefect flows validated on every change and deployed from one branch only, so no deployment
 * is ever changed by hand: the validate job installs the project and imports the entrypoint of
 * every deployment in prefect.yaml (plus any `flows` listed), failing on an import error or a
 * function that is not a `@flow`; the deploy job runs `prefect --no-prompt deploy --all` (or
 * `--name` each of `names`) on a push to `branch`, behind a GitHub environment, one at a time.
 * Returns two jobs: list both, `jobs: [prefect.validate, prefect.deploy]`.
 *
 * @example
 * const prefect = prefectDeploy({ apiUrl: vars.PREFECT_API_URL, apiKey: secrets.PREFECT_API_KEY });
 * workflow("prefect", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [prefect.validate, prefect.deploy] });
 * // prefect-validate:
 * //   permissions: { contents: read }
 * //   steps: checkout, setup-python 3.12, pip install -r requirements.txt prefect,
 * //     python -u - --prefect-file prefect.yaml <<'PY' (imports every entrypoint)
 * // prefect-deploy:
 * //   needs: [prefect-validate]
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   environment: production
 * //   concurrency: { group: prefect-deploy, cancel-in-progress: false }
 * //   steps: ..., prefect --no-prompt deploy --all
 * //     env: { PREFECT_API_URL: ${{ vars.PREFECT_API_URL }}, PREFECT_API_KEY: ${{ secrets.PREFECT_API_KEY }} }
 */
export function prefectDeploy(options: PrefectDeployOptions): PrefectDeployJobs {
  const source = callSite(prefectDeploy);
  const o = parseOptions("prefectDeploy", Options, options);
  const dir = o.workingDirectory;
  const shared = { "runs-on": "ubuntu-latest", permissions: { contents: "read" }, ...runDefaults(dir) } as const;
  const setup = [checkout({}, { name: "Check out" }), ...pythonSteps(o), installStep(o, o.requirements, ["prefect"])];
  const fileFlag = o.prefectFile === "prefect.yaml" ? "" : ` --prefect-file ${o.prefectFile}`;

  const checkArgs = [`--prefect-file ${o.prefectFile}`, ...(o.names ?? []).map((n) => `--name ${shellWord(n)}`), ...o.flows.map(shellWord)];
  const validate = job(`${o.idPrefix}-validate`, {
    name: `Prefect: validate flows${where(dir)}`,
    ...shared,
    "timeout-minutes": 20,
    steps: [...setup, run(`set -euo pipefail\npython -u - ${checkArgs.join(" ")} <<'PY'\n${CHECK_FLOWS}\nPY`, { name: "Import every flow" })],
  });

  const selection = o.names ? o.names.map((n) => `--name ${shellWord(n)}`).join(" ") : "--all";
  const deploy = job(`${o.idPrefix}-deploy`, {
    name: `Prefect: deploy${where(dir)}`,
    needs: [validate],
    if: onPushTo(o.branch),
    ...shared,
    environment: o.environment,
    // Two deploys at once could leave a deployment with the older of two versions.
    concurrency: { group: dir === "." ? "prefect-deploy" : `prefect-deploy-${dir}`, "cancel-in-progress": false },
    "timeout-minutes": 30,
    steps: [...setup, run(`prefect --no-prompt deploy ${selection}${fileFlag}`, {
      name: "Deploy",
      env: { PREFECT_API_URL: o.apiUrl, ...(o.apiKey ? { PREFECT_API_KEY: o.apiKey } : {}) },
    })],
  });
  return { validate: relocateJob(validate, source), deploy: relocateJob(deploy, source) };
}
