/**
 * pipewright.config.json: project settings, all optional. Command-line flags win over it.
 * schemas/config.schema.json is generated from this zod schema (a test keeps them equal), so
 * editors can complete and check the file.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PipewrightError } from "./errors.js";

/**
 * The schema, built on first use: zod is large, and a project without a config file (or a
 * `check` that finds one) should not pay for loading it.
 */
async function configSchema() {
  const { z } = await import("zod");
  return z.object({
    $schema: z.string().optional(),
    source: z.string().min(1).optional().describe("TypeScript source, relative to the project root (default workflows.ts)"),
    out: z.string().min(1).optional().describe("Output folder for workflows (default .github/workflows)"),
    strict: z.boolean().optional().describe("Report warnings as errors"),
    docs: z.string().regex(/\.md$/, "a Markdown file, e.g. docs/workflows.md").optional()
      .describe("Markdown page describing the CI/CD that generate writes and check keeps in sync, e.g. docs/workflows.md"),
    rules: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.enum(["error", "warning", "off"])).optional()
      .describe("Severity per rule id; \"off\" turns a rule off"),
  }).strict().describe("pipewright configuration");
}

export interface Config {
  readonly $schema?: string | undefined;
  readonly source?: string | undefined;
  readonly out?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly docs?: string | undefined;
  readonly rules?: Readonly<Record<string, "error" | "warning" | "off">> | undefined;
}

export const CONFIG_FILE = "pipewright.config.json";

/** Reads the config file of a project; an absent file is an empty config. */
export async function readConfig(cwd: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(join(cwd, CONFIG_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PipewrightError("usage", `${CONFIG_FILE}: not valid JSON (${(error as Error).message}). Fix the file or delete it.`);
  }
  if (isPlainConfig(data)) return data;
  const result = (await configSchema()).safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
    throw new PipewrightError("usage", `${CONFIG_FILE} is not valid:\n${lines.join("\n")}\nSee schemas/config.schema.json in the pipewright package for every setting.`);
  }
  return result.data;
}

const SEVERITIES = new Set(["error", "warning", "off"]);
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const nonEmpty = (v: unknown) => typeof v === "string" && v.length > 0;

/**
 * A strict subset of the schema, checked without loading zod: a config it accepts, the schema
 * accepts too (test/project/config.test.ts checks that on generated configs). Anything else goes
 * to zod, for its precise messages.
 */
export function isPlainConfig(data: unknown): data is Config {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const config = data as Record<string, unknown>;
  if (!Object.keys(config).every((key) => ["$schema", "source", "out", "strict", "docs", "rules"].includes(key))) return false;
  return optional(config.$schema, (v) => typeof v === "string") && optional(config.source, nonEmpty) && optional(config.out, nonEmpty)
    && optional(config.strict, (v) => typeof v === "boolean") && optional(config.docs, (v) => typeof v === "string" && v.endsWith(".md"))
    && optional(config.rules, (v) => typeof v === "object" && v !== null && !Array.isArray(v)
      && Object.entries(v).every(([id, severity]) => /^[a-z][a-z0-9-]*$/.test(id) && SEVERITIES.has(severity as string)));
}

/** The JSON Schema of the config file. */
export async function configJsonSchema(): Promise<unknown> {
  const { z } = await import("zod");
  return z.toJSONSchema(await configSchema(), { target: "draft-2020-12" });
}
