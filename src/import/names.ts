/**
 * Variable names for the printed module: a job id or file stem in camelCase, never a word
 * JavaScript reserves or a name the module imports, never twice.
 */
const RESERVED = new Set(("break case catch class const continue debugger default delete do else enum export extends false finally for " +
  "function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static " +
  "implements interface package private protected public await arguments eval undefined NaN Infinity").split(" "));

/** Hands out unique identifiers within one module. */
export class Namer {
  private readonly taken = new Set<string>();

  /** `avoid`: names the module imports or may import (the DSL's exports, action bindings). */
  constructor(avoid: Iterable<string>) {
    for (const name of avoid) this.taken.add(name);
  }

  /** A fresh name for `text`; `suffix` is appended to a name that is reserved or imported. */
  take(text: string, suffix: string, prefix = ""): string {
    let base = camel(text);
    if (/^[0-9]/.test(base) || base === "") base = `${suffix.toLowerCase()}${base.charAt(0).toUpperCase()}${base.slice(1)}`;
    if (RESERVED.has(base) || this.taken.has(base)) {
      const prefixed = prefix ? `${prefix}${base.charAt(0).toUpperCase()}${base.slice(1)}` : `${base}${suffix}`;
      base = this.taken.has(prefixed) || RESERVED.has(prefixed) ? `${base}${suffix}` : prefixed;
    }
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

/** `validate_dbt-project.v2` → `validateDbtProjectV2`. */
export function camel(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}
