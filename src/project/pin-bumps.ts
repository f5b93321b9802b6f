/**
 * Tells a Dependabot or Renovate bump of a generated workflow from a hand edit: the file differs
 * from what pipewright generates only in the commit (and version comment) of `uses:` lines of the
 * same actions. Such a bump is taken into pipewright.lock.json by `pipewright actions absorb`
 * instead of being reported as an edit to undo.
 */

export interface PinBump {
  /** `owner/repo` or `owner/repo/path`. */
  readonly action: string;
  /** The commit pipewright generates and its version comment. */
  readonly from: string;
  readonly fromVersion?: string;
  /** The commit on disk and its version comment. */
  readonly to: string;
  readonly toVersion?: string;
}

const USES = /^(\s*(?:-\s+)?uses:\s+)([^@\s#]+)@([0-9a-fA-F]{40})(?:\s+#\s*(.*?))?\s*$/;
const HASH_LINE = /^# pipewright-hash: /;

/** The lines after our header (whose hash line changes with any edit). */
const body = (text: string) => text.split("\n").filter((line, i) => !(i < 5 && HASH_LINE.test(line)));

/**
 * True when two generated files agree but for their header and the wording of version comments
 * (`# tag=v1.3.0` for `# v1.3.0`): the same actions at the same commits.
 */
export function pinsAgree(actual: string, expected: string): boolean {
  const a = body(actual);
  const e = body(expected);
  return a.length === e.length && a.every((line, i) => {
    if (line === e[i]) return true;
    const now = USES.exec(line);
    const was = USES.exec(e[i]!);
    return Boolean(now && was && now[1] === was[1] && now[2]!.toLowerCase() === was[2]!.toLowerCase() && now[3]!.toLowerCase() === was[3]!.toLowerCase());
  });
}

/**
 * The pin bumps that turn `expected` into `actual`, or undefined when anything else differs
 * (or nothing does).
 */
export function pinBumps(actual: string, expected: string): PinBump[] | undefined {
  const a = body(actual);
  const e = body(expected);
  if (a.length !== e.length) return undefined;
  const bumps: PinBump[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === e[i]) continue;
    const now = USES.exec(a[i]!);
    const was = USES.exec(e[i]!);
    if (!now || !was || now[1] !== was[1] || now[2]!.toLowerCase() !== was[2]!.toLowerCase() || now[3]!.toLowerCase() === was[3]!.toLowerCase()) return undefined;
    bumps.push({
      action: was[2]!,
      from: was[3]!.toLowerCase(),
      ...(was[4] ? { fromVersion: was[4] } : {}),
      to: now[3]!.toLowerCase(),
      ...(now[4] ? { toVersion: now[4] } : {}),
    });
  }
  return bumps.length > 0 ? bumps : undefined;
}
