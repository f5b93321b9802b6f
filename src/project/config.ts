/**
 * pipewright's configuration: its keys, the zod schema that validates them and a quick check
 * that accepts plain configs without loading zod. Where the file is and how each format is read
 * is find-config.ts. schemas/config.schema.json is generated from this zod schema (a test keeps
 * them equal), so editors can complete and check a JSON config.
 */
import { PipewrightError } from "./errors.js";

/**
 * The schema, built on first use: zod is large, and a project without a config file (or a
 * `check` that finds a plain one) should not pay for loading it.
 */
async function configSchema() {
  const { z } = await import("zod");
  return z.object({
    $schema: z.string().optional(),
    sources: z.array(z.string().min(1)).min(1).optional()
      .describe("Sources to compile, as globs relative to the folder of this config (default [\"workflows.ts\"])"),
    source: z.string().min(1).optional().describe("One TypeScript source, relative to this config's folder: the single-source form of `sources`"),
    out: z.string().min(1).optional().describe("Output folder for workflows (default .github/workflows)"),
    strict: z.boolean().optional().describe("Report warnings as errors"),
    scripts: z.union([z.boolean(), z.literal("auto")]).optional()
      .describe("pipewright lint: check run: scripts with shellcheck (bash, sh) and pyflakes (python); \"auto\" (default) with those on PATH, true requires them, false checks none"),
    pedantic: z.boolean().optional().describe("Also run the pedantic rules (timeouts, concurrency, names, self-hosted runners, expressions in scripts)"),
    docs: z.string().regex(/\.md$/, "a Markdown file, e.g. docs/workflows.md").optional()
      .describe("Markdown page describing the CI/CD that generate writes and check keeps in sync, e.g. docs/workflows.md"),
    rules: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.enum(["error", "warning", "off"])).optional()
      .describe("Severity per rule id; \"off\" turns a rule off"),
    prettier: z.boolean().optional().describe("Honour the repository's prettier configuration for the output (default true); false prints pipewright's own style"),
    scope: z.boolean().optional().describe("Scope a source inside a package folder to that package: paths filters and working-directory (default true)"),
  }).strict().describe("pipewright configuration");
}

/** pipewright's settings, all optional. Command-line flags win over them. */
export interface Config {
  readonly $schema?: string | undefined;
  /** Globs of sources, relative to the config's folder. Default `["workflows.ts"]`. */
  readonly sources?: readonly string[] | undefined;
  /** One source: the form of earlier versions, still read. Use `sources` for several. */
  readonly source?: string | undefined;
  /** Output folder, relative to the config's folder. Default `.github/workflows`. */
  readonly out?: string | undefined;
  /** Report warnings as errors. */
  readonly strict?: boolean | undefined;
  /** Also run the pedantic rules. */
  readonly pedantic?: boolean | undefined;
  /** `pipewright lint`: check scripts with shellcheck and pyflakes ("auto": those installed). */
  readonly scripts?: boolean | "auto" | undefined;
  /** Markdown page describing the CI/CD that generate writes and check keeps in sync. */
  readonly docs?: string | undefined;
  /** Severity per rule id; `"off"` turns a rule off. */
  readonly rules?: Readonly<Record<string, "error" | "warning" | "off">> | undefined;
  /** `false`: ignore the repository's prettier configuration and print pipewright's own style. */
  readonly prettier?: boolean | undefined;
  /** `false`: do not scope sources inside package folders to their package. Default `true`. */
  readonly scope?: boolean | undefined;
}

export const CONFIG_KEYS = ["$schema", "sources", "source", "out", "strict", "pedantic", "scripts", "docs", "rules", "prettier", "scope"] as const;

/**
 * Validates a config read from `file` (as the user should see it named, e.g.
 * `pipewright.config.ts` or `package.json ("pipewright" key)`). Plain configs pass without zod.
 */
export async function validateConfig(data: unknown, file: string, prefix: readonly string[] = []): Promise<Config> {
  let config: Config;
  if (isPlainConfig(data)) config = data;
  else {
    const result = (await configSchema()).safeParse(data);
    if (!result.success) {
      const lines = result.error.issues.map((i) => {
        const path = [...prefix, ...i.path.map(String)];
        return `  - ${path.length ? path.join(".") : "(root)"}: ${i.message}`;
      });
      throw new PipewrightError("usage", `${file} is not valid:\n${lines.join("\n")}\nSee schemas/config.schema.json in the pipewright package for every setting.`);
    }
    config = result.data;
  }
  if (config.source !== undefined && config.sources !== undefined) {
    throw new PipewrightError("usage", `${file} is not valid:\n  - ${[...prefix, "source"].join(".")}: set either "source" or "sources", not both\nMove the file into "sources": ["${config.source}", ...].`);
  }
  return config;
}

const SEVERITIES = new Set(["error", "warning", "off"]);
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const nonEmpty = (v: unknown) => typeof v === "string" && v.length > 0;
const boolean = (v: unknown) => typeof v === "boolean";

/**
 * A strict subset of the schema, checked without loading zod: a config it accepts, the schema
 * accepts too (test/project/config.test.ts checks that on generated configs). Anything else goes
 * to zod, for its precise messages.
 */
export function isPlainConfig(data: unknown): data is Config {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const config = data as Record<string, unknown>;
  if (!Object.keys(config).every((key) => (CONFIG_KEYS as readonly string[]).includes(key))) return false;
  return optional(config.$schema, (v) => typeof v === "string") && optional(config.source, nonEmpty) && optional(config.out, nonEmpty)
    && optional(config.sources, (v) => Array.isArray(v) && v.length > 0 && v.every(nonEmpty))
    && optional(config.strict, boolean) && optional(config.pedantic, boolean) && optional(config.scripts, (v) => v === "auto" || boolean(v)) && optional(config.prettier, boolean) && optional(config.scope, boolean)
    && optional(config.docs, (v) => typeof v === "string" && v.endsWith(".md"))
    && optional(config.rules, (v) => typeof v === "object" && v !== null && !Array.isArray(v)
      && Object.entries(v).every(([id, severity]) => /^[a-z][a-z0-9-]*$/.test(id) && SEVERITIES.has(severity as string)));
}

/** The JSON Schema of the config file. */
export async function configJsonSchema(): Promise<unknown> {
  const { z } = await import("zod");
  return z.toJSONSchema(await configSchema(), { target: "draft-2020-12" });
}
