/**
 * The lint rules on 177 real workflow files: nothing crashes, and the errors per rule are
 * exactly those in the committed docs/corpus-report.md (`npm run lint:corpus` rewrites it), so
 * a rule that starts reporting noise on files written by competent teams fails here.
 *
 * Why counts moved (each error left is explained in the report's "Every error"):
 * - template-injection 10 → 0 and github-env 3 → 0 errors: every one was a free-text input of
 *   `workflow_dispatch` or `workflow_call`, whose sender has write access or is the calling
 *   workflow; such findings are warnings now (template-injection 11, github-env 3 warnings: one
 *   more `workflow_call` input is now seen as free text).
 * - matrix-reference 0 → 1: the expression type checker types matrix rows, and
 *   PrefectHQ__prefect/integration-tests.yaml reads `matrix.server-version.image`, which no row
 *   has (the rows were trimmed to `{ version, ref }`): the script gets an empty image name.
 * - Warnings only: cache-poisoning 3 → 4 (a job that publishes with docker/build-push-action
 *   counts as a release build), excessive-permissions 0 → 1 (`read-all`), if-constant 1.
 * - action-node-runtime 6 warnings → 6 errors: GitHub removed Node 12 and 16 from its runners
 *   (actions/setup-node@v3, setup-python v4, azure/setup-helm v3 are built for Node 16).
 * - action-deprecated-input 0 → 5 warnings: the metadata of 61 popular actions is bundled now, and
 *   actions/create-github-app-token v3 deprecates `app-id`.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";

const corpus = fileURLToPath(new URL("../../../shared/corpus/workflows", import.meta.url));
const report = new URL("../../docs/corpus-report.md", import.meta.url);

/** The error column of the report's table: rule → errors. */
async function pinnedErrors(): Promise<Record<string, number>> {
  const text = await readFile(report, "utf8");
  const rows = [...text.matchAll(/^\| ([a-z0-9-]+) \| (\d+) \| (\d+) \|$/gm)];
  return Object.fromEntries(rows.map((m) => [m[1]!, Number(m[2])]).filter(([, n]) => n !== 0));
}

describe.skipIf(!existsSync(corpus))(`lint on the real-world corpus (${corpus}; skipped when it is absent)`, () => {
  it("reports exactly the errors pinned in docs/corpus-report.md", async () => {
    const errors: Record<string, number> = {};
    let files = 0;
    for (const repo of (await readdir(corpus)).sort()) {
      for (const name of (await readdir(`${corpus}/${repo}`)).sort()) {
        if (!/\.ya?ml$/.test(name)) continue;
        files += 1;
        const text = await readFile(`${corpus}/${repo}/${name}`, "utf8");
        for (const d of await lintText(text, `${repo}/${name}`)) {
          if (d.severity === "error") errors[d.rule] = (errors[d.rule] ?? 0) + 1;
        }
      }
    }
    expect(files).toBe(177);
    expect(errors).toEqual(await pinnedErrors());
  });
});
