import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { expressionSites } from "../expression-sites.js";
import { siteType } from "../type-check.js";

/** Keys whose value GitHub uses as text, so that a whole-value object becomes `Object` too. */
const TEXT_KEYS = new Set(["run", "name", "run-name", "working-directory", "shell", "group", "url", "value"]);
const TEXT_MAPS = new Set(["env", "with", "outputs", "secrets"]);
const isText = (path: YamlPath) =>
  TEXT_KEYS.has(String(path[path.length - 1])) || (path.length > 1 && TEXT_MAPS.has(String(path[path.length - 2])));

/**
 * Objects and arrays written into text: GitHub prints them as `Object` and `Array`; null prints
 * nothing. The expression type checker says what each expression is.
 */
export const expressionObjectInterpolation: Rule = {
  id: "expression-object-interpolation",
  severity: "error",
  severityReason: "The text becomes `Object`, `Array` or nothing whatever the run: certainly not what was meant.",
  description: "an object, array or null (`${{ github.event }}`, `${{ needs.*.result }}`) written into text, where GitHub prints `Object`, `Array` or nothing",
  examples: {
    bad: [
      "steps:",
      "  - run: echo \"$PAYLOAD\" > payload.json",
      "    env:",
      "      PAYLOAD: ${{ github.event }}",
    ].join("\n"),
    good: [
      "steps:",
      "  - run: echo \"$PAYLOAD\" > payload.json",
      "    env:",
      "      PAYLOAD: ${{ toJSON(github.event) }}",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    for (const site of expressionSites(model)) {
      if (!site.tree || !site.wrapped || !(site.embedded || isText(site.path))) continue;
      const { kind } = siteType(model, site, readWorkflow);
      if (kind === "null") {
        report(site.path, `\`\${{ ${site.source} }}\` is null: written into text it becomes nothing`, "write the text itself, or `''` for an empty string");
        continue;
      }
      if (kind !== "object" && kind !== "array") continue;
      report(site.path, `\`\${{ ${site.source} }}\` is ${kind === "object" ? "an object" : "an array"}: written into text it becomes the word \`${kind === "object" ? "Object" : "Array"}\``,
        kind === "object"
          ? `write \`\${{ toJSON(${site.source}) }}\` for its JSON, or read the property you need`
          : `write \`\${{ join(${site.source}, ' ') }}\` for its items, or \`\${{ toJSON(${site.source}) }}\` for its JSON`);
    }
  },
};
