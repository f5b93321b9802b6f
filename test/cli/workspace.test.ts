// A monorepo as users have it: a git repository holding an npm (and a pnpm) workspace with a
// shared preset package kept as `.ts` sources and two app packages, each with its own
// workflows.ts, pipewright installed from the packed tarball. One install per package manager;
// every run goes through the installed binary, the compile cache switched on as by default.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectValidWorkflow } from "../support/oracles.js";
import { packedPipewright, ROOT, sh, type Ran } from "../support/packed.js";

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const PRESETS = `import { job, run } from "pipewright";
import { checkout } from "pipewright/actions";

/** The team's lint job. */
export const lintJob = (id: string) =>
  job(id, { "runs-on": "ubuntu-latest", steps: [checkout(), run("npm run lint")] });

/** The team's test job. */
export const testJob = (id: string) =>
  job(id, { "runs-on": "ubuntu-latest", steps: [checkout(), run("npm test")] });
`;

// Jobs as a list.
const WEB = `import { workflow } from "pipewright";
import { lintJob, testJob } from "@acme/ci-presets";

export const ci = workflow("web-ci", {
  name: "web",
  on: { pull_request: { branches: ["main"] }, push: { branches: ["main"] } },
  jobs: [lintJob("lint"), testJob("test")],
});

export default [ci];
`;

// Jobs as a map of job values.
const API = `import { workflow } from "pipewright";
import { lintJob, testJob } from "@acme/ci-presets";

export const ci = workflow("api-ci", {
  name: "api",
  on: "pull_request",
  jobs: { lint: lintJob("lint"), test: testJob("test") },
});

export default [ci];
`;

const CONFIG_TS = `import { defineConfig } from "pipewright";

export default defineConfig({ sources: ["packages/*/workflows.ts"] });
`;

const CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
const jobsYaml = (pkg: string, lint = "npm run lint") => `jobs:
  lint:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: packages/${pkg}
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - run: ${lint}
  test:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: packages/${pkg}
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - run: npm test
`;

const WEB_YAML = `name: web
on:
  pull_request:
    branches:
      - main
    paths:
      - packages/web/**
      - .github/workflows/web-ci.yml
  push:
    branches:
      - main
    paths:
      - packages/web/**
      - .github/workflows/web-ci.yml
permissions:
  contents: read
${jobsYaml("web")}`;

const API_YAML = `name: api
on:
  pull_request:
    paths:
      - packages/api/**
      - .github/workflows/api-ci.yml
permissions:
  contents: read
${jobsYaml("api")}`;

const WEB_FILE = ".github/workflows/web-ci.yml";
const API_FILE = ".github/workflows/api-ci.yml";
const body = (text: string) => text.replace(/^(#.*\n)+\n/, "");

type Manager = "npm" | "pnpm";

/** Lays out the workspace, installs it with `manager`, and returns its root. */
async function workspace(manager: Manager): Promise<string> {
  const { tarball } = await packedPipewright();
  const root = await mkdtemp(join(tmpdir(), `pipewright-${manager}-workspace-`));
  dirs.push(root);
  const dep = manager === "pnpm" ? "workspace:*" : "*";
  const files: Record<string, string> = {
    "package.json": json({
      name: "acme", private: true, type: "module",
      ...(manager === "npm" ? { workspaces: ["packages/*"] } : {}),
      devDependencies: { pipewright: `file:${tarball}` },
      // npm: the config is pipewright.config.ts; pnpm: the "pipewright" key of package.json.
      ...(manager === "pnpm" ? { pipewright: { sources: ["packages/*/workflows.ts"] } } : {}),
    }),
    ...(manager === "npm" ? { "pipewright.config.ts": CONFIG_TS } : { "pnpm-workspace.yaml": 'packages:\n  - "packages/*"\nallowBuilds:\n  esbuild: true\n' }),
    ".gitignore": "node_modules/\n",
    "packages/ci-presets/package.json": json({ name: "@acme/ci-presets", private: true, type: "module", exports: "./src/index.ts" }),
    "packages/ci-presets/src/index.ts": PRESETS,
    "packages/web/package.json": json({ name: "web", private: true, type: "module", dependencies: { "@acme/ci-presets": dep } }),
    "packages/web/workflows.ts": WEB,
    "packages/api/package.json": json({ name: "api", private: true, type: "module", dependencies: { "@acme/ci-presets": dep } }),
    "packages/api/workflows.ts": API,
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await ok("git", ["init", "--quiet"], root);
  if (manager === "npm") await ok("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], root);
  else await ok(join(ROOT, "node_modules/.bin/pnpm"), ["install", "--prefer-offline"], root);
  return root;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

async function ok(command: string, args: string[], cwd: string): Promise<Ran> {
  const ran = await sh(command, args, cwd);
  expect(ran, `${command} ${args.join(" ")} in ${cwd}`).toMatchObject({ code: 0 });
  return ran;
}

/** Runs the installed pipewright in `dir`. */
const pipewright = (root: string, dir: string, ...args: string[]) => sh(join(root, "node_modules/.bin/pipewright"), args, join(root, dir));

describe.each(["npm", "pnpm"] as const)("a %s workspace", (manager) => {
  it("generates every package's workflows into the root, path-scoped, and check catches each kind of drift", { timeout: 300_000 }, async () => {
    const root = await workspace(manager);
    const read = (path: string) => readFile(join(root, path), "utf8");
    const edit = async (path: string, from: string, to: string) => {
      const text = await read(path);
      expect(text).toContain(from);
      await writeFile(join(root, path), text.replace(from, to));
    };

    expect(await pipewright(root, ".", "generate")).toEqual({ code: 0, stdout: `wrote ${API_FILE}\nwrote ${WEB_FILE}\n`, stderr: "" });
    const web = await read(WEB_FILE);
    const api = await read(API_FILE);
    expect(web).toMatch(/^# Generated by pipewright from packages\/web\/workflows\.ts\. /);
    expect(api).toMatch(/^# Generated by pipewright from packages\/api\/workflows\.ts\. /);
    expect(body(web)).toBe(WEB_YAML);
    expect(body(api)).toBe(API_YAML);
    await expectValidWorkflow("web-ci.yml", web);
    await expectValidWorkflow("api-ci.yml", api);
    // From a package folder: the config is found at the root, the outputs are the root's.
    expect(await pipewright(root, "packages/web", "check")).toEqual({ code: 0, stdout: "2 generated files are up to date\n", stderr: "" });
    expect(await read("node_modules/.cache/pipewright/compile.json")).toContain("packages/web/workflows.ts");

    // A change to the shared preset shows in both packages on the next run, cache or not.
    await edit("packages/ci-presets/src/index.ts", 'run("npm run lint")', 'run("npm run lint -- --max-warnings 0")');
    const stale = await pipewright(root, "packages/api", "check");
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`${API_FILE}: out of date`);
    expect(stale.stdout).toContain(`${WEB_FILE}: out of date`);
    expect(stale.stdout).toContain("+      - run: npm run lint -- --max-warnings 0");
    expect(await pipewright(root, ".", "generate")).toEqual({ code: 0, stdout: `wrote ${API_FILE}\nwrote ${WEB_FILE}\n`, stderr: "" });
    expect(body(await read(WEB_FILE))).toBe(WEB_YAML.replace(jobsYaml("web"), jobsYaml("web", "npm run lint -- --max-warnings 0")));
    expect(body(await read(API_FILE))).toBe(API_YAML.replace(jobsYaml("api"), jobsYaml("api", "npm run lint -- --max-warnings 0")));
    expect((await pipewright(root, ".", "check")).code).toBe(0);
    const generated = await read(WEB_FILE);

    // A hand edit.
    await edit(WEB_FILE, "      - run: npm test\n", "      - run: npm test -- --bail\n");
    const handEdited = await pipewright(root, ".", "check");
    expect(handEdited.code).toBe(1);
    expect(handEdited.stdout).toContain(`${WEB_FILE}: edited by hand since it was generated`);
    await writeFile(join(root, WEB_FILE), generated);

    // A stale file: the source changed, the YAML did not.
    await edit("packages/api/workflows.ts", 'name: "api"', 'name: "api service"');
    const outdated = await pipewright(root, ".", "check");
    expect(outdated.code).toBe(1);
    expect(outdated.stdout).toContain(`${API_FILE}: out of date`);
    expect(outdated.stdout).not.toContain(WEB_FILE);
    await edit("packages/api/workflows.ts", 'name: "api service"', 'name: "api"');

    // An orphan: a file of ours that the package's workflows.ts no longer produces.
    await cp(join(root, WEB_FILE), join(root, ".github/workflows/web-old.yml"));
    const orphan = await pipewright(root, ".", "check");
    expect(orphan.code).toBe(1);
    expect(orphan.stdout).toContain(".github/workflows/web-old.yml: generated from a workflow that no longer exists");
    await rm(join(root, ".github/workflows/web-old.yml"));
    expect((await pipewright(root, ".", "check")).code).toBe(0);

    // Two packages naming a workflow alike would write one file.
    await edit("packages/api/workflows.ts", 'workflow("api-ci"', 'workflow("web-ci"');
    const collision = await pipewright(root, "packages/api", "check");
    expect(collision.code).toBe(1);
    expect(collision.stderr).toContain(`${WEB_FILE}: error: ${WEB_FILE} would be written by 2 sources: packages/api/workflows.ts and packages/web/workflows.ts [file-conflict]`);
    const refused = await pipewright(root, ".", "generate");
    expect(refused.code).toBe(1);
    expect(await read(WEB_FILE)).toBe(generated);
  });
});
