// `npm run backup`: an online copy of DATA_DIR's database into DATA_DIR/backups (the service may run).
// `npm run restore -- <file>`: puts a backup in place of the database (the service must be stopped).
import { resolve } from 'node:path';
import { backupDataDir, listBackups, restoreBackup } from './store/backup';
import { readBackupSettings } from './config';

function main(): Promise<void> | void {
  const [command, file] = process.argv.slice(2);
  const dataDir = resolve(process.env.DATA_DIR || './data');
  if (command === 'backup') {
    const { keep } = readBackupSettings(process.env);
    return backupDataDir(dataDir, keep, new Date()).then((target) => {
      console.log(`Резервная копия создана: ${target}`);
      console.log(`Хранятся ${keep} последних копий; сейчас их ${listBackups(dataDir).length}.`);
    });
  }
  if (command === 'restore') {
    if (!file) {
      const all = listBackups(dataDir);
      throw new Error(
        `Укажите файл копии: npm run restore -- <файл>. Копии в ${dataDir}/backups:\n${all.map((f) => `  ${f}`).join('\n') || '  (нет ни одной)'}`,
      );
    }
    const kept = restoreBackup(dataDir, resolve(file), new Date());
    console.log(`База ${dataDir}/nastavnik.sqlite восстановлена из ${resolve(file)}.`);
    if (kept) console.log(`Прежний файл сохранён рядом: ${kept}. Запустите сервис: npm start.`);
    return;
  }
  throw new Error('Команды: backup | restore <файл>');
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
