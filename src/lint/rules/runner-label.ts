import type { Rule } from "../rule.js";
import { closest } from "../spelling.js";
import { isObject, jobsOf, matrixAxes } from "../walk.js";

/**
 * GitHub-hosted runner labels, by the image each selects. Keep this list current with
 * https://docs.github.com/actions/reference/runners/github-hosted-runners (standard runners, and
 * the macOS larger runners, whose labels GitHub fixes; Linux and Windows larger runners are
 * named by their owners, so they are custom labels here).
 */
export const GITHUB_HOSTED_LABELS: Readonly<Record<string, { readonly os: "linux" | "windows" | "macos"; readonly image: string }>> = {
  "ubuntu-latest": { os: "linux", image: "ubuntu-x64" },
  "ubuntu-26.04": { os: "linux", image: "ubuntu-26.04-x64" },
  "ubuntu-24.04": { os: "linux", image: "ubuntu-24.04-x64" },
  "ubuntu-22.04": { os: "linux", image: "ubuntu-22.04-x64" },
  "ubuntu-slim": { os: "linux", image: "ubuntu-slim" },
  "ubuntu-26.04-arm": { os: "linux", image: "ubuntu-26.04-arm64" },
  "ubuntu-24.04-arm": { os: "linux", image: "ubuntu-24.04-arm64" },
  "ubuntu-22.04-arm": { os: "linux", image: "ubuntu-22.04-arm64" },
  "windows-latest": { os: "windows", image: "windows-x64" },
  "windows-2025": { os: "windows", image: "windows-2025-x64" },
  "windows-2025-vs2026": { os: "windows", image: "windows-2025-vs2026-x64" },
  "windows-2022": { os: "windows", image: "windows-2022-x64" },
  "windows-11-arm": { os: "windows", image: "windows-11-arm64" },
  "macos-latest": { os: "macos", image: "macos-arm64" },
  "macos-26": { os: "macos", image: "macos-26-arm64" },
  "macos-15": { os: "macos", image: "macos-15-arm64" },
  "macos-14": { os: "macos", image: "macos-14-arm64" },
  "macos-26-intel": { os: "macos", image: "macos-26-x64" },
  "macos-15-intel": { os: "macos", image: "macos-15-x64" },
  "macos-latest-xlarge": { os: "macos", image: "macos-arm64-xlarge" },
  "macos-26-xlarge": { os: "macos", image: "macos-26-arm64-xlarge" },
  "macos-15-xlarge": { os: "macos", image: "macos-15-arm64-xlarge" },
  "macos-14-xlarge": { os: "macos", image: "macos-14-arm64-xlarge" },
  "macos-latest-large": { os: "macos", image: "macos-x64-large" },
  "macos-26-large": { os: "macos", image: "macos-26-x64-large" },
  "macos-15-large": { os: "macos", image: "macos-15-x64-large" },
  "macos-14-large": { os: "macos", image: "macos-14-x64-large" },
};

/** Hosted labels GitHub has removed: a job asking for one never starts. */
export const RETIRED_HOSTED_LABELS: Readonly<Record<string, string>> = {
  "ubuntu-20.04": "ubuntu-24.04", "ubuntu-18.04": "ubuntu-24.04", "ubuntu-16.04": "ubuntu-24.04",
  "windows-2019": "windows-2025", "windows-2016": "windows-2025",
  "macos-13": "macos-15-intel", "macos-13-large": "macos-15-large", "macos-13-xlarge": "macos-15-xlarge",
  "macos-12": "macos-15", "macos-11": "macos-15", "macos-10.15": "macos-15",
};

/** Labels every self-hosted runner gets; alone they can only match a self-hosted runner. */
const SELF_HOSTED_PRESETS = ["self-hosted", "linux", "windows", "macos", "x64", "arm", "arm64"];

const HOSTED = Object.keys(GITHUB_HOSTED_LABELS);

const arch = (image: string) => (image.includes("arm64") ? "arm64" : "x64");

/**
 * Whether two hosted labels cannot name one machine: never across operating systems or
 * architectures; within one, a `-latest` label may be the same image as a numbered one.
 */
function conflict(a: string, b: string): boolean {
  const [x, y] = [GITHUB_HOSTED_LABELS[a]!, GITHUB_HOSTED_LABELS[b]!];
  if (x.os !== y.os || arch(x.image) !== arch(y.image)) return true;
  if (a.includes("latest") || b.includes("latest")) return false;
  return x.image !== y.image;
}

/**
 * `runs-on` labels: a hosted label that is misspelled or retired, and hosted labels that no
 * single machine carries. Any other label is taken for a custom one (self-hosted runners,
 * larger runners, runner scale sets), which only the organization knows.
 */
export const runnerLabel: Rule = {
  id: "runner-label",
  severity: "error",
  severityReason: "No runner takes the job, so it waits until it is cancelled.",
  description: "misspelled or retired GitHub-hosted runner labels, and `runs-on` labels no single runner has",
  examples: {
    bad: "jobs:\n  test:\n    runs-on: [ubuntu-latest, windows-latest]\n  lint:\n    runs-on: ubuntu-lates",
    good: "jobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    runs-on: ${{ matrix.os }}\n  lint:\n    runs-on: ubuntu-latest",
  },
  check({ model, report }) {
    for (const { path, job } of jobsOf(model)) {
      const runsOn = (job as { "runs-on"?: unknown })["runs-on"];
      // A runner group picks among its own (custom-labelled) runners.
      if (isObject(runsOn)) continue;
      const list = Array.isArray(runsOn) ? runsOn : [runsOn];
      const atOf = (i: number) => (Array.isArray(runsOn) ? [...path, "runs-on", i] : [...path, "runs-on"]);
      const labels = list.flatMap((label, i) =>
        typeof label === "string" && !label.includes("${{") ? [{ label, lower: label.toLowerCase(), at: atOf(i) }] : []);
      if (labels.some(({ lower }) => lower === "self-hosted")) continue;
      const hosted: { label: string; lower: string }[] = [];
      for (const { label, lower, at } of labels) {
        if (lower in GITHUB_HOSTED_LABELS) {
          const clash = hosted.find((other) => conflict(other.lower, lower));
          if (clash) {
            report(at, `runner labels "${clash.label}" and "${label}" select different machines, so no runner has both and the job never starts`,
              "to run the job on each, use a matrix: `strategy: { matrix: { os: [...] } }` and `runs-on: ${{ matrix.os }}`");
          }
          hosted.push({ label, lower });
        } else if (lower in RETIRED_HOSTED_LABELS) {
          report(at, `runner label "${label}" names a GitHub-hosted image that GitHub has retired, so the job never starts`, `use "${RETIRED_HOSTED_LABELS[lower]}"`);
        } else if (!SELF_HOSTED_PRESETS.includes(lower)) {
          const near = closest(lower, HOSTED);
          // Far from every hosted label, it is a custom label (a larger runner, a scale set).
          if (near && !lower.startsWith(`${near}-`)) {
            report(at, `runner label "${label}" is not a GitHub-hosted label; did you mean "${near}"?`,
              `use "${near}"; a custom label of your own runners can stay with \`# pipewright-ignore: runner-label\``);
          }
        }
      }
      // A label from the matrix (`${{ matrix.os }}`) takes each of its values in turn.
      if (hosted.length === 0 || !Array.isArray(runsOn)) continue;
      for (const [i, label] of runsOn.entries()) {
        const axis = typeof label === "string" ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(label)?.[1] : undefined;
        if (!axis) continue;
        for (const value of matrixValues(job, axis)) {
          const lower = value.toLowerCase();
          const clash = lower in GITHUB_HOSTED_LABELS ? hosted.find((other) => conflict(other.lower, lower)) : undefined;
          if (!clash) continue;
          report(atOf(i), `runner labels "${clash.label}" and "${value}" (\`matrix.${axis}\`) select different machines, so no runner has both and that job never starts`,
            `let \`matrix.${axis}\` alone choose the machine: \`runs-on: \${{ matrix.${axis} }}\``);
          break;
        }
      }
    }
  },
};

/** The text values an axis of a job's matrix takes, from its list and its `include` rows. */
function matrixValues(job: unknown, axis: string): string[] {
  const strategy = isObject(job) ? job.strategy : undefined;
  const values = matrixAxes(isObject(strategy) ? strategy.matrix : undefined).get(axis.toLowerCase()) ?? [];
  return values.filter((v): v is string => typeof v === "string" && !v.includes("${{"));
}
