import { formatPath, type YamlPath } from "./workflow.js";

/** Where a builder was called in the user's source, e.g. `workflows.ts:12:5`. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Formats a location the way editors and terminals link it: `file:line:col`. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

const FRAME = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/;

/**
 * Finds the call site of `fn`: the first stack frame above it, as a location in the user's
 * `.ts` source. Every builder call records one, so it must be cheap: V8 captures the frame
 * but formats it (mapping the bundle position through the source map the loader enabled)
 * only when `.stack` is first read, which happens when a field of the location is read — in
 * practice, only for a diagnostic.
 */
export function callSite(fn: Function): SourceLocation | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  let resolved: SourceLocation | null | undefined;
  const resolve = () => (resolved === undefined ? (resolved = parseFrame(holder.stack)) : resolved);
  const location = {};
  for (const key of ["file", "line", "column"] as const) {
    Object.defineProperty(location, key, { enumerable: true, get: () => resolve()?.[key] });
  }
  return location as SourceLocation;
}

function parseFrame(stack: string | undefined): SourceLocation | null {
  const line = stack?.split("\n")[1];
  const match = line ? FRAME.exec(line) : null;
  if (!match) return null;
  let file = match[1]!;
  if (file.startsWith("file://")) file = decodeURIComponent(new URL(file).pathname);
  return { file, line: Number(match[2]), column: Number(match[3]) };
}

/** The call site of the innermost builder that produced `path` or one of its parents. */
export function nearestOrigin(origins: ReadonlyMap<string, SourceLocation>, path: YamlPath): SourceLocation | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = origins.get(formatPath(path.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}
