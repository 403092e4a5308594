// docs/workbook-sheets.md is the workbook's sheets and headers as the code builds them: the sheets of
// `init` and the add-on, then the sheets only the add-on creates.
import { describe, expect, it } from 'vitest';
import { ADDON_SHEETS } from '../../addon/server/workspace/create-workspace';
import { headersOf, WORKSPACE_SHEETS } from '../../shared/workspace';
import { workspaceSheetsMarkdown } from '../../shared/workspace/sheets-doc';
import { participationSheet, PARTICIPATION_SHEET_WHEN } from '../../shared/accounting';

const ADDON_ONLY = ADDON_SHEETS.filter((sheet) => !WORKSPACE_SHEETS.includes(sheet));

/** The add-on's own sheets, rendered like the others, after a paragraph that says where they come from. */
function addonOnlyMarkdown(): string {
  const rendered = workspaceSheetsMarkdown(ADDON_ONLY);
  return [
    '',
    '## Только в надстройке',
    '',
    '«Создать или восстановить рабочее пространство» в надстройке создаёт ещё лист вариантов ответа для',
    'анкет Google Форм (в книге `init` его нет: анкеты там не создаются). Ответы анкет наставника и',
    'наставляемого Google Формы пишут на листы «Ответы: анкета наставника» и «Ответы: анкета',
    'наставляемого»: их заголовки — тексты вопросов, оттуда «Импортировать ответы анкеты…» переносит',
    'новые ответы в «Наставники» и «Наставляемые».',
    rendered.slice(rendered.indexOf('\n## ')),
  ].join('\n');
}

describe('docs/workbook-sheets.md', () => {
  const later = [{ spec: participationSheet, when: PARTICIPATION_SHEET_WHEN }];
  const page = workspaceSheetsMarkdown(WORKSPACE_SHEETS, later) + addonOnlyMarkdown();

  it('names every sheet and every header the add-on and init create', () => {
    expect(ADDON_ONLY.length).toBeGreaterThan(0);
    for (const sheet of [...ADDON_SHEETS, ...later.map((l) => l.spec)]) {
      expect(page).toContain(`## ${sheet.name}\n`);
      for (const header of headersOf(sheet)) expect(page).toContain(`| ${header.replace(/\|/g, '\\|')} |`);
    }
  });

  it('is up to date in the repository', async () => {
    await expect(page).toMatchFileSnapshot('../../docs/workbook-sheets.md');
  });
});
