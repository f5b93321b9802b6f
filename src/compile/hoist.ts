/**
 * Moves `${{ }}` out of `run:` scripts into the step's `env:`, referenced as a shell
 * variable: the value of an expression (a pull request title, a branch name) then reaches
 * the shell as data and can never be parsed as shell code.
 */
import { INTERPOLATION } from "../model/expression.js";

export type ShellKind = "posix" | "pwsh" | "cmd" | "other";

/** Classifies the shell a step runs under (`shell:` or the runner's default). */
export function shellKind(shell: string | undefined, windowsRunner: boolean): ShellKind {
  const name = (shell ?? (windowsRunner ? "pwsh" : "bash")).trim().split(/\s+/)[0]!.replace(/^.*\//, "");
  if (name === "bash" || name === "sh" || name === "zsh") return "posix";
  if (name === "pwsh" || name === "powershell") return "pwsh";
  if (name === "cmd") return "cmd";
  return "other";
}

const NAMED_CONTEXT = /^(github|secrets|vars)\.([A-Za-z_][A-Za-z0-9_.-]*)$/;
/** Names the shell or the runner gives a meaning: `github.path` must not replace `PATH`. */
const RESERVED = new Set(["PATH", "HOME", "PWD", "IFS", "SHELL", "BASH_ENV", "CDPATH", "TMPDIR"]);
const PATH = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The variable name an expression is stored under: `github.head_ref` → `HEAD_REF`. */
export function variableName(expression: string): string | undefined {
  const named = NAMED_CONTEXT.exec(expression);
  const path = named ? named[2]! : PATH.test(expression) ? expression : undefined;
  if (path === undefined) return undefined;
  return path.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
}

export interface HoistResult {
  readonly run: string;
  /** Variables to add to the step's `env`, in order of first use. */
  readonly env: Readonly<Record<string, string>>;
  /** Expressions that cannot be moved without changing what the script does. */
  readonly problems: readonly string[];
}

/** A here-document body: `quoted` (`<<'EOF'`) bodies expand nothing, others expand variables. */
interface Heredoc {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

const HEREDOC = /<<(-?)[ \t]*(?:'([^'\n]+)'|"([^"\n]+)"|\\(\w+)|([A-Za-z_]\w*))/g;

/** Finds the bodies of here-documents in a POSIX shell script. */
function heredocs(script: string): Heredoc[] {
  const found: Heredoc[] = [];
  let lineStart = 0;
  while (lineStart < script.length) {
    const lineEnd = script.indexOf("\n", lineStart) === -1 ? script.length : script.indexOf("\n", lineStart);
    const line = script.slice(lineStart, lineEnd);
    let next = lineEnd + 1;
    for (const m of line.replace(/<<</g, "   ").matchAll(HEREDOC)) {
      const delimiter = m[2] ?? m[3] ?? m[4] ?? m[5]!;
      const start = next;
      let end = script.length;
      let cursor = start;
      while (cursor < script.length) {
        const stop = script.indexOf("\n", cursor) === -1 ? script.length : script.indexOf("\n", cursor);
        const text = script.slice(cursor, stop);
        if ((m[1] ? text.replace(/^\t+/, "") : text) === delimiter) { end = cursor; next = stop + 1; break; }
        cursor = stop + 1;
        next = cursor;
      }
      found.push({ start, end, quoted: m[5] === undefined });
    }
    lineStart = next;
  }
  return found;
}

/**
 * Rewrites a script. `taken` maps names already in scope (step, job and workflow `env`) to
 * their values, so an existing variable is reused when it holds the same expression and
 * never shadowed when it holds something else.
 */
export function hoist(script: string, kind: Exclude<ShellKind, "other">, taken: ReadonlyMap<string, string>): HoistResult {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  const bodies = kind === "posix" ? heredocs(script) : [];
  const byExpression = new Map<string, string>();
  for (const [name, value] of taken) byExpression.set(value.trim(), name);
  let unnamed = 0;
  let out = "";
  let last = 0;
  for (const match of script.matchAll(INTERPOLATION)) {
    const source = match[1]!.trim();
    const whole = `\${{ ${source} }}`;
    if (bodies.some((b) => b.quoted && match.index >= b.start && match.index < b.end)) {
      problems.push(`\`${whole}\` is inside a quoted here-document (<<'EOF'), where a shell variable would not expand`);
      continue;
    }
    let name = /^env\.[A-Za-z_][A-Za-z0-9_]*$/.test(source) ? source.slice(4) : byExpression.get(whole);
    if (name === undefined) {
      const base = variableName(source) ?? `EXPR_${++unnamed}`;
      name = base;
      for (let n = 2; taken.has(name) || name in env || RESERVED.has(name); n++) name = `${base}_${n}`;
      env[name] = whole;
      byExpression.set(whole, name);
    }
    let start = match.index;
    let end = start + match[0].length;
    // `'${{ x }}'` becomes `"$X"`: the value stays one word and is never expanded further.
    // PowerShell does not expand `$env:X` inside single quotes either, so it gets `"$env:X"`.
    const quoted = kind !== "cmd" && insideSingleQuotes(script, start, bodies);
    const quotedAlone = quoted && script[start - 1] === "'" && script[end] === "'";
    if (quotedAlone) { start -= 1; end += 1; }
    const ref = reference(name, kind, script, end, quoted && !quotedAlone);
    out += script.slice(last, start) + (quotedAlone ? `"${ref}"` : ref);
    last = end;
  }
  return { run: out + script.slice(last), env, problems };
}

function reference(name: string, kind: Exclude<ShellKind, "other">, script: string, end: number, inSingleQuotes: boolean): string {
  if (kind === "pwsh") return `$env:${name}`;
  if (kind === "cmd") return `%${name}%`;
  const braced = /^[A-Za-z0-9_]/.test(script.slice(end, end + 1)) ? `\${${name}}` : `$${name}`;
  // Inside single quotes a shell does not expand variables: step out of the quotes for it.
  return inSingleQuotes ? `'"${braced}"'` : braced;
}

/**
 * Whether `index` in a POSIX shell script lies inside a single-quoted string. Here-document
 * bodies are skipped: quotes there are text, and an unquoted body expands variables.
 */
function insideSingleQuotes(script: string, index: number, bodies: readonly Heredoc[]): boolean {
  if (bodies.some((b) => index >= b.start && index < b.end)) return false;
  let single = false;
  let double = false;
  for (let i = 0; i < index; i++) {
    const body = !single && !double ? bodies.find((b) => b.start === i) : undefined;
    if (body) { i = body.end - 1; continue; }
    const c = script[i];
    if (c === "\\" && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === "#" && !single && !double && (i === 0 || /\s/.test(script[i - 1]!))) {
      const newline = script.indexOf("\n", i);
      if (newline === -1 || newline >= index) return false;
      i = newline;
    } else if (c === "\n") {
      // Quotes rarely span lines in CI scripts; a stray apostrophe in a comment must not poison the rest.
      if (!single && !double) continue;
    }
  }
  return single;
}
