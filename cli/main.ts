// The CLI entry: `npm run nastavnik -- <command>` (CONTRACTS §3).
import { pathToFileURL } from 'node:url';
import { parseCommand } from './args';
import { initCommand } from './init-command';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError, type CliIo } from './io';
import { indicatorsCommand } from './indicators-command';
import { matchCommand } from './match-command';
import { meetingsCommand } from './meetings-command';
import { monitoringCommand } from './monitoring-command';
import { pushCommand } from './push-command';
import { reportCommand } from './report-command';
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
        return await initCommand(command.args, io);
      case 'match':
        return await matchCommand(command.args, io);
      case 'report':
        return await reportCommand(command.args, io);
      case 'push':
        return await pushCommand(command.args, io);
      case 'meetings':
        return await meetingsCommand(command.args, io);
      case 'monitoring':
        return await monitoringCommand(command.args, io);
      case 'indicators':
        return await indicatorsCommand(command.args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Ошибка вызова: ${error.message}.\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`Ошибки во входных данных (${error.lines.length}):\n${error.lines.map((line) => `  ${line}\n`).join('')}Ничего не записано.\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Не удалось выполнить команду: ${(error as Error).message}\nНичего не записано.\n`);
    return EXIT_BAD_INPUT;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
