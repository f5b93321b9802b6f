/**
 * The shape of pipewright.lock.json. schemas/pipewright-lock.schema.json is generated from this
 * zod schema (a test keeps them equal), so editors and update tools can read and check the file.
 */
import { z } from "zod";

import { ACTION_NAME, IDENTIFIER, SHA } from "./lock-names.js";

const input = z.strictObject({
  description: z.string().optional(),
  required: z.boolean().optional().describe("The action's `required: true`"),
  default: z.string().optional(),
  deprecated: z.string().optional().describe("The action's deprecationMessage"),
});

const metadata = z.strictObject({
  commit: z.string().regex(SHA).optional().describe("The commit this metadata was read at; absent for local actions"),
  runs: z.string().min(1).describe("The action's `runs.using`: node24, composite, docker..."),
  description: z.string().optional(),
  inputs: z.record(z.string().min(1), input),
  outputs: z.record(z.string().min(1), z.strictObject({ description: z.string().optional() })),
}).describe("What the action's action.yml declares, as read by `pipewright actions`");

const entry = z.strictObject({
  binding: z.string().regex(IDENTIFIER).describe("The name pipewright.actions.ts exports the binding under"),
  ref: z.string().min(1).optional().describe("The ref asked for: `pipewright actions add owner/repo@<ref>`"),
  version: z.string().min(1).optional().describe("The release tag the commit belongs to; written into the YAML as `# <version>`"),
  commit: z.string().regex(SHA).optional().describe("The full commit SHA the workflows pin"),
  metadata,
});

/** The schema of the whole file. */
export const lockSchema = z.strictObject({
  $schema: z.string().optional(),
  lockfileVersion: z.literal(1),
  actions: z.record(z.string().regex(ACTION_NAME), entry),
}).describe("pipewright.lock.json: the actions a project uses through typed bindings, each pinned to a commit");

export type LockFile = z.infer<typeof lockSchema>;
export type LockEntry = z.infer<typeof entry>;
export type ActionMetadata = z.infer<typeof metadata>;
export type InputMetadata = z.infer<typeof input>;

/** The JSON Schema of the lock file. */
export function lockJsonSchema(): unknown {
  return z.toJSONSchema(lockSchema, { target: "draft-2020-12" });
}
