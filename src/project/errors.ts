/** An error meant for the user: a code the CLI maps to an exit status, and a message that says what to do. */
export class PipewrightError extends Error {
  constructor(
    readonly code: "usage" | "source" | "conflict",
    message: string,
  ) {
    super(message);
    this.name = "PipewrightError";
  }
}
