/**
 * The name each locked action's binding gets: camelCase of the repository and path
 * (`acme/hello-action` → `helloAction`, `acme/tools/lint` → `toolsLint`, `./.github/actions/db`
 * → `db`), with the owner in front when that name is taken or is not a usable identifier.
 * Names, once given, are kept in the lock, so adding an action never renames another's binding.
 */
const camel = (words: readonly string[]): string => {
  const parts = words.flatMap((w) => w.split(/[^A-Za-z0-9]+/)).filter(Boolean).map((p) => p.toLowerCase());
  return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join("");
};

const RESERVED = new Set(("break case catch class const continue debugger default delete do else enum export extends false finally for function if "
  + "import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package "
  + "private protected public await arguments eval undefined binding localBinding").split(" "));

const usable = (name: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);

/** The words of an action's name without its owner; local actions by their last folder. */
function words(name: string): { owner: string[]; rest: string[] } {
  if (name.startsWith("./")) {
    const parts = name.slice(2).split("/").filter((p) => p !== "." && p !== "");
    return { owner: parts.slice(0, -1).filter((p) => p !== ".github" && p !== "actions"), rest: parts.slice(-1) };
  }
  const [owner, ...rest] = name.split("/");
  return { owner: [owner!], rest };
}

/**
 * Names for `added` actions, given the names already `taken`. Two new actions that would get the
 * same name both get their owner's.
 */
export function bindingNames(added: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const plain = added.map((name) => camel(words(name).rest));
  const names = new Map<string, string>();
  added.forEach((name, i) => {
    const short = plain[i]!;
    const twice = plain.filter((p) => p.toLowerCase() === short.toLowerCase()).length > 1;
    let chosen = short;
    if (twice || !usable(short) || lower.has(short.toLowerCase())) chosen = camel([...words(name).owner, ...words(name).rest]);
    if (!usable(chosen)) chosen = `action${chosen[0]?.toUpperCase() ?? ""}${chosen.slice(1)}`;
    for (let n = 2; lower.has(chosen.toLowerCase()); n++) chosen = `${chosen.replace(/\d+$/, "")}${n}`;
    lower.add(chosen.toLowerCase());
    names.set(name, chosen);
  });
  return names;
}
