import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/** The tag of an image reference (`postgres:16`, `ghcr.io:443/a/b:1`), undefined when it has none. */
function tagOf(image: string): string | undefined {
  const name = image.slice(image.lastIndexOf("/") + 1);
  const colon = name.indexOf(":");
  return colon < 0 ? undefined : name.slice(colon + 1);
}

/**
 * Warning: an image without a tag, or tagged `latest`, is whatever was pushed last, so the job
 * changes without any change to the workflow. A version tag is accepted (it is how images are
 * usually named); a `@sha256:` digest pins exactly.
 */
export const unpinnedImages: Rule = {
  id: "unpinned-images",
  severity: "warning",
  severityReason: "A moving tag changes what runs without a change to the workflow, a supply-chain risk rather than a bug.",
  description: "job containers and service images with no tag or the `latest` tag (warning)",
  examples: {
    bad: "services:\n  postgres:\n    image: postgres\n",
    good: "services:\n  postgres:\n    image: postgres:16.4\n",
  },
  check({ model, report }) {
    const check = (container: unknown, path: YamlPath, what: string) => {
      const image = isObject(container) ? container.image : container;
      const at = isObject(container) ? [...path, "image"] : path;
      // An image computed by an expression (`${{ matrix.image }}`) is not known here.
      if (typeof image !== "string" || image.trim() === "" || image.includes("${{") || image.includes("@sha256:")) return;
      const tag = tagOf(image.trim());
      if (tag === undefined) {
        report(at, `${what} image "${image}" has no tag, so it is whatever was pushed last`, `name a version: "${image}:<version>", or pin a digest: "${image}@sha256:<digest>"`);
      } else if (tag.toLowerCase() === "latest") {
        report(at, `${what} image "${image}" uses the \`latest\` tag, which moves with every release`, `name a version instead of latest, or pin a digest: "${image.slice(0, -":latest".length)}@sha256:<digest>"`);
      }
    };
    for (const { id, job, path } of jobsOf(model)) {
      const { container, services } = job as { container?: unknown; services?: unknown };
      check(container, [...path, "container"], `job "${id}"'s container`);
      if (!isObject(services)) continue;
      for (const [name, service] of Object.entries(services)) check(service, [...path, "services", name], `service "${name}"`);
    }
  },
};
