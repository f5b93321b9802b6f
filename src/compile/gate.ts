/**
 * The final gate: every file pipewright writes is read back by GitHub's own workflow parser
 * (@actions/workflow-parser), the code behind GitHub's editor and validation.
 */
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from "@actions/workflow-parser";

/** Problems GitHub's parser finds in a workflow file's text; empty when it accepts it. */
export async function githubParserProblems(fileName: string, text: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: fileName, content: text }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of converted.errors ?? []) messages.push(e.Message);
  }
  return [...new Set(messages)];
}
