import { Command, CommanderError } from "commander";
import { isGazetteError } from "../errors.js";

/** Runs the program; every failure becomes one line on stderr and a non-zero exit, never a stack trace. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help/version text).
      process.exitCode = error.exitCode;
      return;
    }
    console.error(describeError(error));
    process.exitCode = 1;
  }
}

export function describeError(error: unknown): string {
  if (isGazetteError(error)) return error.toLine();
  const message = error instanceof Error ? error.message : String(error);
  return `error: ${message.split("\n")[0]} (hint: this is a bug in gazette; please report it with the input that caused it)`;
}
