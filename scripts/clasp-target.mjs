// Checks a clasp project file before `npm run deploy` (.clasp-dev.json, the test script) or
// `npm run deploy:prod` (.clasp-prod.json, the production script) pushes to it:
//   node scripts/clasp-target.mjs .clasp-dev.json
// The script id must be filled in (not the template's placeholder) and the files must come from
// dist/addon, the add-on build. Prints one Russian line and exits 1 otherwise; clasp itself is not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Apps Script script ids: letters, digits, «-» and «_» (about 57 characters). */
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

/** What is wrong with the project file's text, in Russian, or null when it can be pushed to. */
export function claspTargetProblem(file, text) {
  let config;
  try {
    config = JSON.parse(text);
  } catch {
    return `${file} — не JSON: ожидается {"scriptId": "…", "rootDir": "dist/addon"}`;
  }
  const scriptId = typeof config?.scriptId === 'string' ? config.scriptId.trim() : '';
  if (!SCRIPT_ID.test(scriptId)) {
    return (
      `в ${file} не указан идентификатор скрипта (сейчас: «${scriptId}»): откройте проект Apps Script → ` +
      '«Настройки проекта» → «Идентификатор скрипта» и впишите его в поле scriptId'
    );
  }
  if ((config.rootDir ?? config.srcDir) !== 'dist/addon') {
    return `в ${file} rootDir должен быть "dist/addon" (туда собирает npm run build), а не ${JSON.stringify(config.rootDir ?? config.srcDir)}`;
  }
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? '.clasp-dev.json';
  let text;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    console.error(`Нет файла ${file}: шаблоны .clasp-dev.json и .clasp-prod.json лежат в корне репозитория`);
    process.exit(1);
  }
  const problem = claspTargetProblem(file, text);
  if (problem) {
    console.error(`Загрузка отменена: ${problem}.`);
    process.exit(1);
  }
}
