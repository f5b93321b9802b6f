import type { ActionLookup } from "./locked-actions.js";
import { actionMetadata } from "./bundled-actions.js";

/**
 * Facts about old major versions of popular actions, for the rules that flag them. Only majors
 * whose every release ran on the listed Node version are here: a major that changed runtime
 * midway is left out rather than guessed.
 */

/** Majors GitHub stopped serving: jobs that use them fail. By lower-case `owner/repo`. */
export const RETIRED_MAJORS: Readonly<Record<string, { readonly majors: readonly number[]; readonly why: string }>> = {
  "actions/upload-artifact": { majors: [1, 2, 3], why: "GitHub retired artifact actions v1-v3 in January 2025; jobs that use them fail" },
  "actions/download-artifact": { majors: [1, 2, 3], why: "GitHub retired artifact actions v1-v3 in January 2025; jobs that use them fail" },
  "actions/cache": { majors: [1, 2], why: "GitHub shut down the cache service actions/cache v1-v2 talk to in 2025; jobs that use them fail" },
};

export type NodeRuntime = "node12" | "node16";

/**
 * Runtimes GitHub retired; the runner runs such actions on a newer Node they were not built
 * for. (Node 20 is deprecated but still shipped: its majors are not flagged yet.)
 */
export const RUNTIME_STATUS: Readonly<Record<NodeRuntime, string>> = {
  node12: "Node 12, which GitHub's runners no longer have",
  node16: "Node 16, which GitHub's runners no longer have",
};

/** Majors by the Node version they run on. By lower-case `owner/repo`. */
export const NODE_RUNTIMES: Readonly<Record<string, Readonly<Partial<Record<NodeRuntime, readonly number[]>>>>> = {
  "actions/checkout": { node12: [1, 2], node16: [3] },
  "actions/setup-node": { node12: [1, 2], node16: [3] },
  "actions/setup-python": { node12: [1, 2], node16: [3, 4] },
  "actions/setup-go": { node12: [1, 2], node16: [3, 4] },
  "actions/setup-java": { node12: [1, 2], node16: [3] },
  "actions/cache": { node16: [3] },
  "actions/github-script": { node12: [1, 2, 3, 4, 5], node16: [6] },
  "docker/setup-qemu-action": { node12: [1], node16: [2] },
  "docker/setup-buildx-action": { node12: [1], node16: [2] },
  "docker/login-action": { node12: [1], node16: [2] },
  "docker/build-push-action": { node12: [2], node16: [3, 4] },
  "docker/metadata-action": { node12: [3], node16: [4] },
  "hashicorp/setup-terraform": { node12: [1], node16: [2] },
  "google-github-actions/auth": { node16: [1] },
  "aws-actions/configure-aws-credentials": { node16: [2, 3] },
  "azure/setup-helm": { node16: [3] },
};

/**
 * The runtime a major version of an action runs on, when it is a removed one: from the
 * metadata's record of each major (what its newest release runs on), else from the table above.
 */
export function oldRuntimeOf(repo: string, major: number, locked?: ActionLookup): NodeRuntime | undefined {
  const recorded = actionMetadata(repo, locked)?.majors[String(major)];
  if (recorded !== undefined) return recorded === "node12" || recorded === "node16" ? recorded : undefined;
  const runtimes = NODE_RUNTIMES[repo.toLowerCase()];
  if (!runtimes) return undefined;
  return (Object.keys(runtimes) as NodeRuntime[]).find((runtime) => runtimes[runtime]!.includes(major));
}

/** The first major after `major` that runs on a Node GitHub still has, where the metadata knows. */
export function firstCurrentMajor(repo: string, major: number, locked?: ActionLookup): number | undefined {
  const majors = actionMetadata(repo, locked)?.majors ?? {};
  return Object.entries(majors)
    .map(([m, runs]) => [Number(m), runs] as const)
    .filter(([m, runs]) => m > major && runs !== "node12" && runs !== "node16")
    .map(([m]) => m)
    .sort((a, b) => a - b)[0];
}
