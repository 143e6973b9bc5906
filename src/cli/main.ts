import { parseArgs, USAGE, UsageError } from "./args";
import { formatSummary } from "./format";
import { UnreadableInput } from "../app/errors";
import { streamJson } from "./json-out";
import { terminalSafe, terminalText } from "./terminal";
import { CliError, runReport } from "./report";
import { useZipCodec } from "../workbook/xlsx";
import { nodeZipCodec } from "../workbook/xlsx/codec-node";

// Node's zlib inflates and deflates the packages (fflate, the browser's, is several times slower).
useZipCodec(nodeZipCodec);

/** `plafond`: exit 0 when the report is produced, 2 for an unreadable input or usage, 3 when the copy cannot be written. */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${terminalText(e.message)}\n${USAGE}`, 2);
    throw e;
  }
  if (args.help || args.command === null) {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  try {
    if (args.command === "report") {
      if (args.positional.length > 1) throw new UsageError("un seul classeur à la fois");
      const outcome = await runReport(args.positional[0], args);
      if (args.json) await streamJson(outcome.summary, process.stdout);
      process.stdout.write(
        args.json
          ? "\n"
          : `${formatSummary(terminalSafe(outcome.summary), { path: terminalText(outcome.outPath), sheet: terminalText(outcome.sheetName) })}\n`
      );
      return 0;
    }
    if (args.command === "portfolio") {
      const { portfolioCommand } = await import("./portfolio");
      return await portfolioCommand(args);
    }
    if (args.command === "import") {
      const { importCommand } = await import("./import");
      return await importCommand(args.positional, args);
    }
    throw new UsageError(`commande inconnue : ${args.command}`);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${terminalText(e.message)}\n${USAGE}`, 2);
    if (e instanceof CliError) return fail(terminalText(e.message), e.status);
    if (e instanceof UnreadableInput) return fail(terminalText(e.message), 2);
    // An unexpected failure still gets one line, not a stack trace; PLAFOND_DEBUG shows it.
    if (process.env.PLAFOND_DEBUG) console.error(e);
    return fail(`erreur inattendue : ${terminalText(String((e as Error).message))}`, 1);
  }
}

function fail(message: string, status: number): number {
  process.stderr.write(`plafond: ${message}\n`);
  return status;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e) => {
    process.stderr.write(`plafond: erreur inattendue : ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
);
