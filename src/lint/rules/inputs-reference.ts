import type { Rule } from "../rule.js";
import { namedReads, sameKey } from "../references.js";
import { declaredInputs, eventsOf } from "../triggers.js";

const INPUT_EVENTS = ["workflow_dispatch", "workflow_call"];

/**
 * `inputs.<name>` reads an input that `workflow_dispatch` or `workflow_call` declares.
 * GitHub fills `inputs` from those declarations only, so any other name reads as empty.
 */
export const inputsReference: Rule = {
  id: "inputs-reference",
  severity: "error",
  severityReason: "An input nobody declared reads as empty, certainly not what was meant.",
  description: "`inputs.<name>` that neither `workflow_dispatch` nor `workflow_call` declares",
  examples: {
    bad: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      environment:",
      "        type: environment",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    environment: ${{ inputs.env }}",
    ].join("\n"),
    good: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      environment:",
      "        type: environment",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    environment: ${{ inputs.environment }}",
    ].join("\n"),
  },
  check({ model, report }) {
    const reads = namedReads(model, "inputs");
    if (reads.length === 0) return;
    const declared = [...new Set(declaredInputs(model).map((i) => i.name))];
    const takesInputs = eventsOf(model).some((e) => INPUT_EVENTS.includes(e.name));
    const seen = new Set<string>();
    for (const { name, path } of reads) {
      if (declared.some((d) => sameKey(d, name))) continue;
      const key = `${path.join("\0")}\0${name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!takesInputs) {
        report(path, `\`inputs.${name}\` is read, but the workflow has no workflow_dispatch or workflow_call trigger to declare inputs`,
          `declare it under \`on.workflow_dispatch.inputs\` or \`on.workflow_call.inputs\`, or read the value from elsewhere (vars, env)`);
      } else {
        report(path, `\`inputs.${name}\` is not a declared input`,
          declared.length ? `declared inputs: ${declared.join(", ")}` : `declare it under \`inputs\` of workflow_dispatch or workflow_call`);
      }
    }
  },
};
