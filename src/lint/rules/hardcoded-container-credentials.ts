import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/**
 * Error: a registry password written into the workflow is readable by everyone who can read
 * the repository, and stays in its history after it is changed. Only `credentials.password`
 * is checked: the `env` of a service (`POSTGRES_PASSWORD: test`) configures a throwaway
 * container and is not a credential of anything outside the job.
 */
export const hardcodedContainerCredentials: Rule = {
  id: "hardcoded-container-credentials",
  severity: "error",
  severityReason: "A password written in the workflow is readable by everyone who can read the repository.",
  description: "a container or service `credentials.password` written as text instead of a secret (error)",
  examples: {
    bad: "container:\n  image: ghcr.io/acme/build:1.4\n  credentials:\n    username: acme-bot\n    password: hunter2\n",
    good: "container:\n  image: ghcr.io/acme/build:1.4\n  credentials:\n    username: acme-bot\n    password: ${{ secrets.REGISTRY_PASSWORD }}\n",
  },
  check({ model, report }) {
    const check = (container: unknown, path: YamlPath, what: string) => {
      const credentials = isObject(container) ? container.credentials : undefined;
      const password = isObject(credentials) ? credentials.password : undefined;
      if (password === undefined || password === null || password === "") return;
      if (typeof password === "string" && password.includes("${{")) return;
      report([...path, "credentials", "password"], `the registry password of ${what} is written in the workflow, for everyone who can read the repository`,
        "store it as a secret and write `password: ${{ secrets.REGISTRY_PASSWORD }}`; then change the password, which stays in the history");
    };
    for (const { id, job, path } of jobsOf(model)) {
      const { container, services } = job as { container?: unknown; services?: unknown };
      check(container, [...path, "container"], `job "${id}"'s container`);
      if (!isObject(services)) continue;
      for (const [name, service] of Object.entries(services)) check(service, [...path, "services", name], `service "${name}"`);
    }
  },
};
