// pipewright's own CI, written with pipewright. Regenerate with `npm run gen-workflows`.
import { github, job, run, uses, workflow } from "pipewright";

const test = job("test", {
  name: "Typecheck, test, check generated files",
  "runs-on": "ubuntu-latest",
  "timeout-minutes": 30,
  steps: [
    uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"), // v7.0.1
    uses("actions/setup-node@820762786026740c76f36085b0efc47a31fe5020", { // v7.0.0
      with: { "node-version": "20", cache: "npm" },
    }),
    run("npm ci", { name: "Install" }),
    run("npm test", { name: "Typecheck, unit tests and pipewright check" }),
  ],
});

export const ci = workflow("ci", {
  name: "CI",
  on: {
    push: { branches: ["main"] },
    pull_request: {},
    workflow_dispatch: {},
  },
  concurrency: { group: `ci-${github.ref}`, "cancel-in-progress": true },
  jobs: [test],
});

export default [ci];
