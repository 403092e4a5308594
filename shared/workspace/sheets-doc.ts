// The workbook's sheets and headers as a Markdown page (docs/workbook-sheets.md), rendered from the
// same specs `init` and the add-on build the workbook from, so the page cannot drift from them.
import type { SheetSpec } from './sheet-spec';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function columnRow(sheet: SheetSpec, index: number): string {
  const c = sheet.columns[index];
  const notes = [
    c.required ? 'обязательный' : '',
    c.list ? 'список через «;» или «,»' : '',
    c.dropdown ? `выбор из списка: ${c.dropdown.map((v) => `«${v}»`).join(', ')}` : '',
    c.aliases?.length ? `читается и под заголовком ${c.aliases.map((a) => `«${a}»`).join(', ')}` : '',
  ].filter(Boolean);
  return `| ${cell(c.header)} | ${cell(c.note ?? '')} | ${cell(notes.join('; '))} |`;
}

function settingsRows(sheet: SheetSpec): string[] {
  if (!sheet.initialRows?.length) return [];
  return [
    '',
    `Строки, которые лист получает при создании (${sheet.columns.map((c) => `«${c.header}»`).join(', ')}):`,
    '',
    `| ${sheet.columns.map((c) => cell(c.header)).join(' | ')} |`,
    `|${sheet.columns.map(() => '---').join('|')}|`,
    ...sheet.initialRows.map((row) => `| ${sheet.columns.map((_, i) => cell(String(row[i] ?? ''))).join(' | ')} |`),
  ];
}

/** A sheet the product adds when first used, with the sentence saying when. */
export interface LaterSheet {
  spec: SheetSpec;
  when: string;
}

export function workspaceSheetsMarkdown(sheets: readonly SheetSpec[], later: readonly LaterSheet[] = []): string {
  const lines = [
    '# Листы рабочей таблицы куратора',
    '',
    '<!-- Файл создаётся тестом tests/docs/workbook-sheets.test.ts из описаний листов в shared/workspace;',
    '     после их изменения обновите его: npx vitest run --project unit tests/docs -u -->',
    '',
    'Эти листы создают команда `npm run nastavnik -- init` и пункт надстройки «Создать или',
    'восстановить рабочее пространство», в этом порядке. Столбцы ищутся по заголовкам без учёта',
    'регистра, лишних пробелов, кавычек, вида тире и «ё»; порядок столбцов не важен, заголовок из «читается и под',
    'заголовком» тоже подходит. Без обязательного столбца лист не читается.',
    '',
    ...[...sheets, ...later.map((l) => l.spec)].map((s) => `- [${s.name}](#${anchor(s.name)})`),
  ];
  for (const sheet of sheets) {
    lines.push('', `## ${sheet.name}`, '', '| Заголовок | Что в столбце | Правила |', '|---|---|---|');
    lines.push(...sheet.columns.map((_, i) => columnRow(sheet, i)));
    lines.push(...settingsRows(sheet));
  }
  for (const { spec, when } of later) {
    lines.push('', `## ${spec.name}`, '', when, '', '| Заголовок | Что в столбце | Правила |', '|---|---|---|');
    lines.push(...spec.columns.map((_, i) => columnRow(spec, i)));
  }
  return lines.join('\n') + '\n';
}

function anchor(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}
