import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const step = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines);

yamlRuleTester("archived-action", {
  valid: [{ name: "the maintained replacement", yaml: step("      - uses: ruby/setup-ruby@v1", "        with:", "          ruby-version: '3.3'") }],
  invalid: [
    {
      name: "an archived action, written in capitals",
      yaml: step("      - uses: ACTIONS/SETUP-RUBY@v1"),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: "ACTIONS/SETUP-RUBY is archived: it gets no fixes, security ones included", hint: "use ruby/setup-ruby" }],
    },
    {
      name: "every action of an archived owner",
      yaml: step("      - uses: actions-rs/toolchain@v1", "        with:", "          toolchain: stable"),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: "actions-rs/toolchain is archived: it gets no fixes, security ones included", hint: "use dtolnay/rust-toolchain for the toolchain, and cargo itself in run steps" }],
    },
  ],
});
