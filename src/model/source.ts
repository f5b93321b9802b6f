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
 * Finds the call site of `fn`: the first stack frame above it. Stack traces are mapped
 * through source maps when the loader enabled them, so this names the `.ts` line.
 */
export function callSite(fn: Function): SourceLocation | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  const line = holder.stack?.split("\n")[1];
  const match = line ? FRAME.exec(line) : null;
  if (!match) return undefined;
  let file = match[1]!;
  if (file.startsWith("file://")) file = decodeURIComponent(new URL(file).pathname);
  if (file.startsWith("node:")) return undefined;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}
