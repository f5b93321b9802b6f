// examples/data-platform/workflows.ts is a whole repository's CI/CD built from the presets. Its
// generated files are committed, so they must stay in sync with the presets, pass both oracles,
// compile without a single diagnostic, and protect main with exactly one required check: the gate.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { compile, type CompileResult } from "../../src/compile/compile.js";
import { loadSource } from "../../src/project/load.js";
import { expectValidWorkflow } from "../support/oracles.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const example = join(root, "examples/data-platform");
const workflowsDir = join(example, ".github/workflows");
const workflowFiles = readdirSync(workflowsDir).filter((name) => name.endsWith(".yml")).sort();

const ON_MAIN = "${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}";

interface JobYaml {
  readonly name?: string;
  readonly if?: string;
  readonly needs?: readonly string[];
  readonly environment?: string;
  readonly permissions?: Record<string, string>;
}

const ci = parse(readFileSync(join(workflowsDir, "ci.yml"), "utf8")) as { on: Record<string, unknown>; jobs: Record<string, JobYaml> };

describe("examples/data-platform", () => {
  let compiled: CompileResult;

  beforeAll(async () => {
    const loaded = await loadSource(join(example, "workflows.ts"), example);
    compiled = await compile(loaded.entries);
  });

  it("compiles without a diagnostic, warnings included", () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.files.map((f) => f.path).sort()).toEqual([".github/rulesets/main.json", ".github/workflows/ci.yml", ".github/workflows/rulesets.yml"]);
  });

  it("has its generated files in sync with workflows.ts", async () => {
    const result = await main(["check", "--cwd", example], root);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/ up to date\n$/);
  });

  it.each(workflowFiles)("%s passes GitHub's parser and actionlint", async (name) => {
    await expectValidWorkflow(name, readFileSync(join(workflowsDir, name), "utf8"));
  });

  it("protects main with one required check, the gate, bound to GitHub Actions", () => {
    const ruleset = JSON.parse(readFileSync(join(example, ".github/rulesets/main.json"), "utf8")) as {
      conditions: unknown;
      rules: { type: string; parameters?: Record<string, unknown> }[];
    };
    expect(ruleset.conditions).toEqual({ ref_name: { include: ["refs/heads/main"], exclude: [] } });
    expect(ruleset.rules.find((r) => r.type === "pull_request")?.parameters).toMatchObject({ required_approving_review_count: 1 });
    expect(ruleset.rules.find((r) => r.type === "required_status_checks")?.parameters).toEqual({
      strict_required_status_checks_policy: true,
      required_status_checks: [{ context: "Required checks", integration_id: 15368 }],
    });
    expect(ci.jobs["required-checks"]?.name).toBe("Required checks");
  });

  it("runs the required check's workflow on every pull request: no filter to leave one waiting", () => {
    expect(ci.on).toEqual({ pull_request: null, push: { branches: ["main"] } });
  });

  it("gates on every job that runs on pull requests, and on none that only deploys", () => {
    const checks = Object.entries(ci.jobs)
      .filter(([id, job]) => id !== "required-checks" && job.if !== ON_MAIN)
      .map(([id]) => id);
    expect(checks).toEqual(["validate_dbt_project", "build", "helm-lint", "helm-install", "terraform-plan", "prefect-validate"]);
    expect(ci.jobs["required-checks"]?.needs).toEqual(checks);
  });

  it("deploys only on a push to main, behind the production environment", () => {
    const deploys = Object.entries(ci.jobs).filter(([, job]) => job.environment !== undefined);
    expect(deploys.map(([id]) => id)).toEqual(["terraform-apply", "prefect-deploy", "deploy-ingest"]);
    for (const [id, job] of deploys) {
      expect({ id, if: job.if, environment: job.environment }).toEqual({ id, if: ON_MAIN, environment: "production" });
    }
    // The chart release publishes to a registry, not to an environment, but also only from main.
    expect(ci.jobs["helm-release"]?.if).toBe(ON_MAIN);
  });
});
