// The CLI: `npx nastavnik <command>` (built to dist/cli by `npm ci`), or `npx tsx cli/main.ts` from source.
// Each command's module is loaded only when that command runs, so `--help` and call errors are instant.
import { pathToFileURL } from 'node:url';
import { parseCommand } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, InputError, OutputError, UsageError, type CliIo } from './io';
import { USAGE } from './usage';

/** Runs one command; returns the exit status instead of exiting, so tests can call it. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout(USAGE);
        return EXIT_OK;
      case 'init':
        return await (await import('./init-command')).initCommand(command.args, io);
      case 'match':
        return await (await import('./match-command')).matchCommand(command.args, io);
      case 'report':
        return await (await import('./report-command')).reportCommand(command.args, io);
      case 'push':
        return await (await import('./push-command')).pushCommand(command.args, io);
      case 'meetings':
        return await (await import('./meetings-command')).meetingsCommand(command.args, io);
      case 'monitoring':
        return await (await import('./monitoring-command')).monitoringCommand(command.args, io);
      case 'rating':
        return await (await import('./rating-command')).ratingCommand(command.args, io);
      case 'indicators':
        return await (await import('./indicators-command')).indicatorsCommand(command.args, io);
      case 'practice':
        return await (await import('./practice-command')).practiceCommand(command.args, io);
      case 'snapshot':
        return await (await import('./snapshot-command')).snapshotCommand(command.args, io);
      case 'new-year':
        return await (await import('./new-year-command')).newYearCommand(command.args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Ошибка вызова: ${error.message}. Подробнее: npx nastavnik --help\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(
        `Ошибки во входных данных (${error.lines.length}):\n${error.lines.map((line) => `  ${line}\n`).join('')}Ничего не записано.\n`,
      );
      return EXIT_BAD_INPUT;
    }
    if (error instanceof OutputError) {
      io.stderr(`${error.message}.\nНичего не записано.\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Не удалось выполнить команду: ${(error as Error).message}\nНичего не записано.\n`);
    return EXIT_BAD_INPUT;
  }
}

/**
 * A reader that stops early (`… | head`) ends the printing, not the command: files are written
 * before anything is printed, so the rest of the output is simply dropped.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** Runs the command line of this process and sets its exit status. */
export async function main(): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
