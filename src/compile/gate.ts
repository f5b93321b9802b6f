/**
 * The final gate: every file pipewright writes is read back by GitHub's own workflow parser
 * (@actions/workflow-parser), the code behind GitHub's editor and validation. Loaded on first
 * use: `check` skips it for files already gated, and a workflows.ts that bundles pipewright's
 * sources never loads it.
 */
let parser: Promise<typeof import("@actions/workflow-parser")> | undefined;

/** Problems GitHub's parser finds in a workflow file's text; empty when it accepts it. */
export async function githubParserProblems(fileName: string, text: string): Promise<string[]> {
  const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await (parser ??= import("@actions/workflow-parser"));
  const parsed = parseWorkflow({ name: fileName, content: text }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of converted.errors ?? []) messages.push(e.Message);
  }
  return [...new Set(messages)];
}
