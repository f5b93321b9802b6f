import { job, run, workflow } from "../../src/index.js";
import { type InvalidCase, ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "fix the pattern; the syntax is at https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet";
const jobs = [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] })];
const ci = (filters: Record<string, string | string[]>, event = "push") => workflow("ci", { on: { [event]: filters } as never, jobs });

type Filter = "branches" | "branches-ignore" | "tags" | "tags-ignore" | "paths" | "paths-ignore";
const WHAT: Record<Filter, string> = { branches: "branch", "branches-ignore": "branch", tags: "tag", "tags-ignore": "tag", paths: "path", "paths-ignore": "path" };

/** One push filter holding one bad pattern among good ones. */
const bad = (name: string, filter: Filter, pattern: string, problem: string): InvalidCase => ({
  name,
  code: ci({ [filter]: ["main-ish/**", pattern] }),
  errors: [{ path: `on.push.${filter}[1]`, message: `${WHAT[filter]} pattern "${pattern}" ${problem}`, hint: HINT }],
});

ruleTester("glob-syntax", {
  valid: [
    { name: "plain names and **", code: ci({ branches: ["main", "release/**"], tags: ["v*"] }) },
    { name: "+ and ? after a character or a class", code: ci({ tags: ["v[0-9]+.[0-9]+.[0-9]+", "v1.?"] }) },
    { name: "negations after the patterns they narrow", code: ci({ branches: ["release/**", "!release/old"], paths: ["src/**", "!src/**/*.md"] }) },
    { name: "classes with ranges and single characters", code: ci({ branches: ["hotfix/[A-Za-z0-9_]*"], paths: ["docs/[ab]*.md"] }) },
    { name: "escaped special characters a ref may hold", code: ci({ branches: ["feature\\+1", "\\!important"] }) },
    // File paths may hold what Git ref names may not.
    { name: "a colon, a backslash and an inner space in a path", code: ci({ paths: ["config/a:b.yml", "win\\dir/*", "My Docs/**"] }) },
    { name: "a single pattern as text", code: ci({ branches: "main" }) },
    { name: "pull_request paths-ignore", code: ci({ "paths-ignore": ["**.md"] }, "pull_request") },
  ],
  invalid: [
    bad("a trailing space", "branches", "main ", "ends with a space, which GitHub keeps as part of the pattern"),
    bad("a leading space in a path", "paths", " src/**", "starts with a space, which GitHub keeps as part of the pattern"),
    bad("a lone !", "paths-ignore", "!", 'is a lone "!": a negation needs a pattern after it ("!docs/**")'),
    bad("an unclosed [", "branches", "release/[0-9.*", 'opens "[" at column 9 without a closing "]"'),
    bad("an empty class", "tags", "v[]", 'has an empty character class "[]"'),
    bad("a backwards range", "tags", "v[9-0]*", 'has a range "9-0" that runs backwards'),
    bad("a range without an end", "tags-ignore", "v[0-]", 'has a range "[0-]" with no end'),
    bad("? at the start", "branches", "?feature", 'has "?" at the start; "?" repeats the character before it, so it needs a plain character or [...] there (write "\\?" for a literal ?)'),
    bad("+ right after !", "branches-ignore", "!+x", 'has "+" at the start; "+" repeats the character before it, so it needs a plain character or [...] there (write "\\+" for a literal +)'),
    bad("+ after *", "tags", "v*+", 'has "+" after "*"; "+" repeats the character before it, so it needs a plain character or [...] there (write "\\+" for a literal +)'),
    bad("a colon in a branch", "branches", "bitnami:main", 'contains ":", which a Git ref name cannot'),
    bad("a tilde in a tag", "tags", "v1~rc", 'contains "~", which a Git ref name cannot'),
    bad("a trailing slash", "branches", "release/", 'ends with "/", which a Git ref name cannot'),
    bad("a leading slash", "branches", "/main", 'starts with "/", which a Git ref name cannot'),
    bad("an escaped ? in a branch", "branches", "what\\?", 'escapes "?", which a Git ref name cannot contain, so it never matches'),
    bad("a regular expression", "tags", "prefect-\\w+-[0-9]+.*", 'has "\\" before "w": filter patterns are not regular expressions, and in a branch or tag pattern "\\" only escapes [ ? * + \\ !'),
    {
      name: "a single pattern as text, and bad ones in two filters",
      code: ci({ branches: "main ", paths: ["ok/**", "[", "x/** "] }, "pull_request"),
      errors: [
        { path: "on.pull_request.branches", message: 'branch pattern "main " ends with a space, which GitHub keeps as part of the pattern', hint: HINT },
        { path: "on.pull_request.paths[1]", message: 'path pattern "[" opens "[" at column 1 without a closing "]"', hint: HINT },
        { path: "on.pull_request.paths[2]", message: 'path pattern "x/** " ends with a space, which GitHub keeps as part of the pattern', hint: HINT },
      ],
    },
  ],
});

yamlRuleTester("glob-syntax", {
  valid: [
    {
      name: "the cheat sheet's examples",
      yaml: yaml(
        "on:",
        "  push:",
        "    branches: [\"feature/*\", \"feature/**\", \"!feature/old\"]",
        "    tags: [\"v2*\", \"v[12].[0-9]+.[0-9]+\"]",
        "    paths: [\"**.js\", \"docs/**\", \"**/docs/**\", \"*.md\"]",
        ...MAKE_JOB,
      ),
    },
  ],
  invalid: [
    {
      name: "positions of patterns in a block list and a flow list",
      yaml: yaml(
        "on:",
        "  pull_request_target:",
        "    branches:",
        "      - main",
        "      - bitnami:main",
        "    paths: [\"charts/**\", \"!\"]",
        ...MAKE_JOB,
      ),
      errors: [
        { at: "5:9", path: "on.pull_request_target.branches[1]", message: 'branch pattern "bitnami:main" contains ":", which a Git ref name cannot', hint: HINT },
        { at: "6:26", path: "on.pull_request_target.paths[1]", message: 'path pattern "!" is a lone "!": a negation needs a pattern after it ("!docs/**")', hint: HINT },
      ],
    },
  ],
});
