// docs/workbook-sheets.md is the workbook's sheets and headers as the code builds them.
import { describe, expect, it } from 'vitest';
import { headersOf, WORKSPACE_SHEETS } from '../../shared/workspace';
import { workspaceSheetsMarkdown } from '../../shared/workspace/sheets-doc';
import { participationSheet, PARTICIPATION_SHEET_WHEN } from '../../shared/accounting';

describe('docs/workbook-sheets.md', () => {
  const later = [{ spec: participationSheet, when: PARTICIPATION_SHEET_WHEN }];
  const page = workspaceSheetsMarkdown(WORKSPACE_SHEETS, later);

  it('names every sheet and every header of the workbook', () => {
    for (const sheet of [...WORKSPACE_SHEETS, ...later.map((l) => l.spec)]) {
      expect(page).toContain(`## ${sheet.name}\n`);
      for (const header of headersOf(sheet)) expect(page).toContain(`| ${header.replace(/\|/g, '\\|')} |`);
    }
  });

  it('is up to date in the repository', async () => {
    await expect(page).toMatchFileSnapshot('../../docs/workbook-sheets.md');
  });
});
