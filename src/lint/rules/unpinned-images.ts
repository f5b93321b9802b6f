import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/** The tag of an image reference (`postgres:16`, `ghcr.io:443/a/b:1`), undefined when it has none. */
function tagOf(image: string): string | undefined {
  const name = image.slice(image.lastIndexOf("/") + 1);
  const colon = name.indexOf(":");
  return colon < 0 ? undefined : name.slice(colon + 1);
}

const MATRIX_READ = /^\s*\$\{\{\s*matrix\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}\s*$/;
/** `[host[:port]/]path[:tag][@sha256:digest]`, with the lower-case names Docker requires. */
const REFERENCE = /^[a-z0-9][a-z0-9._-]*(:\d+)?(\/[a-z0-9][a-z0-9._-]*)*(:\w[\w.-]{0,127})?(@sha256:[0-9a-f]{64})?$/;
const EMPTY_EXPRESSION = /^\s*\$\{\{\s*(''|"")?\s*\}\}\s*$/;

/** The text values a job's matrix gives `key` (its axis and its `include` rows), distinct. */
function matrixValues(job: unknown, key: string): string[] {
  const strategy = isObject(job) ? job.strategy : undefined;
  const matrix = isObject(strategy) ? strategy.matrix : undefined;
  if (!isObject(matrix)) return [];
  const axis = Object.entries(matrix).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  const rows = Array.isArray(matrix.include) ? matrix.include.filter(isObject) : [];
  const values = [...(Array.isArray(axis) ? axis : []), ...rows.flatMap((row) => Object.entries(row).filter(([name]) => name.toLowerCase() === key.toLowerCase()).map(([, v]) => v))];
  return [...new Set(values.filter((v): v is string => typeof v === "string"))];
}

/**
 * Warning: an image without a tag, or tagged `latest`, is whatever was pushed last, so the job
 * changes without any change to the workflow. A version tag is accepted (it is how images are
 * usually named); a `@sha256:` digest pins exactly.
 */
export const unpinnedImages: Rule = {
  id: "unpinned-images",
  severity: "warning",
  actionSteps: true,
  severityReason: "A moving tag changes what runs without a change to the workflow, a supply-chain risk rather than a bug. An empty or malformed image (`''`, `${{ }}`, an empty matrix value, `Postgres:16`) is an error: the job cannot start.",
  description: "job containers and service images with no tag or the `latest` tag, also through `${{ matrix.<key> }}`, and empty or malformed image names",
  examples: {
    bad: "services:\n  postgres:\n    image: postgres\n",
    good: "services:\n  postgres:\n    image: postgres:16.4\n",
  },
  check({ model, report }) {
    const check = (container: unknown, path: YamlPath, what: string, job: unknown) => {
      const image = isObject(container) ? container.image : container;
      const at = isObject(container) ? [...path, "image"] : path;
      if (typeof image !== "string") return;
      // `image: ${{ matrix.image }}` is each of the matrix's values in turn.
      const axis = MATRIX_READ.exec(image)?.[1];
      for (const value of axis ? matrixValues(job, axis) : [image]) {
        const through = axis ? ` (through \`matrix.${axis}\`)` : "";
        if (value.trim() === "" || EMPTY_EXPRESSION.test(value)) {
          // GitHub cannot start the job: an error, whatever the rule's own severity.
          report(at, `${what} image is empty${through}: the job cannot start`, "name an image with a version tag, or remove the container", "error");
          continue;
        }
        // An image computed by another expression is not known here.
        if (value.includes("${{")) continue;
        if (!REFERENCE.test(value.trim())) {
          report(at, `${what} image "${value}"${through} is not a valid image reference: the job cannot start`,
            "write [registry/]name[:tag][@sha256:digest] with a lower-case name (letters, digits, `.`, `_`, `-`, `/`)", "error");
          continue;
        }
        if (value.includes("@sha256:")) continue;
        const tag = tagOf(value.trim());
        if (tag === undefined) {
          report(at, `${what} image "${value}"${through} has no tag, so it is whatever was pushed last`, `name a version: "${value}:<version>", or pin a digest: "${value}@sha256:<digest>"`);
        } else if (tag.toLowerCase() === "latest") {
          report(at, `${what} image "${value}"${through} uses the \`latest\` tag, which moves with every release`, `name a version instead of latest, or pin a digest: "${value.slice(0, -":latest".length)}@sha256:<digest>"`);
        }
      }
    };
    for (const { id, job, path } of jobsOf(model)) {
      const { container, services } = job as { container?: unknown; services?: unknown };
      // `container: null` (or an empty mapping) is no container at all.
      if (container !== null && container !== undefined) check(container, [...path, "container"], `job "${id}"'s container`, job);
      if (!isObject(services)) continue;
      for (const [name, service] of Object.entries(services)) check(service, [...path, "services", name], `service "${name}"`, job);
    }
  },
};
