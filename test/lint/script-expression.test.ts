import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "pass each value in `env:` and read it as a variable (\"$NAME\" in a shell, process.env.NAME in github-script)";
const steps = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", "        target: [linux, mac]", "    steps:", ...lines);

yamlRuleTester("script-expression", {
  valid: [
    { name: "a value passed through env", yaml: steps("      - run: echo \"building $TARGET\"", "        env:", "          TARGET: ${{ matrix.target }}") },
    { name: "an expression in a step's other keys", yaml: steps("      - name: build ${{ matrix.target }}", "        run: make") },
    // An outsider's value is template-injection's finding (an error), not reported twice.
    { name: "a pull request title is template-injection's", yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  greet:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo \"${{ github.event.pull_request.title }}\""), skipOracles: true },
  ],
  invalid: [
    {
      name: "a matrix value in a script",
      yaml: steps("      - run: echo \"building ${{ matrix.target }} for ${{ github.repository }}\""),
      errors: [{ severity: "warning", at: "10:9", path: "jobs.build.steps[0].run", message: "`${{ matrix.target }}`, `${{ github.repository }}` are pasted into the script's text before it runs", hint: HINT }],
    },
    {
      name: "a step output in a github-script script",
      yaml: steps("      - id: v", "        run: echo \"version=1\" >> \"$GITHUB_OUTPUT\"", "      - uses: actions/github-script@v8", "        with:", "          script: console.log('${{ steps.v.outputs.version }}')"),
      errors: [{ severity: "warning", at: "14:11", path: "jobs.build.steps[1].with.script", message: "`${{ steps.v.outputs.version }}` is pasted into the script's text before it runs", hint: HINT }],
    },
  ],
});

