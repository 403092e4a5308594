// «Создать анкету наставника / наставляемого»: a Google Form built from shared/questionnaire,
// closed answers from the catalogue and «Списки для анкет», answers sent to this spreadsheet.
import { listsSheet, questionnaireFor, readLists, type Registry } from '../../../shared/questionnaire';
import { formatProblem } from '../../../shared/tables';
import { createFormFromMenu, type CreatedForm } from '../forms/create-form';
import type { FormBlueprint } from '../forms/form-items';
import { activeSpreadsheet, findSheet, readGrid, timeZoneOf } from '../sheets/workbook';
import { rememberImport } from './import-state';

const RESPONSES_SHEET: Record<Registry, string> = {
  mentors: 'Ответы: анкета наставника',
  mentees: 'Ответы: анкета наставляемого',
};

/** The registry's questionnaire with the curator's lists; its question → column mapping for the import. */
function blueprintOf(registry: Registry): { blueprint: FormBlueprint; mapping: Record<string, string | null> } {
  const ss = activeSpreadsheet();
  const listSheet = findSheet(ss, listsSheet.name);
  const { lists, problems } = readLists(listSheet ? readGrid(listSheet, timeZoneOf(ss)) : null);
  if (problems.length > 0) throw new Error(`Исправьте списки для анкет:\n${problems.map(formatProblem).join('\n')}`);
  const questionnaire = questionnaireFor(registry, lists);
  const mapping: Record<string, string | null> = {};
  for (const q of questionnaire.questions) mapping[q.title] = q.column;
  const blueprint: FormBlueprint = {
    kind: registry,
    title: questionnaire.title,
    description: questionnaire.description,
    questions: questionnaire.questions.map((q) => ({
      type: q.type,
      title: q.title,
      help: q.help,
      required: q.required,
      choices: q.choices,
      other: q.other,
    })),
    responsesSheet: RESPONSES_SHEET[registry],
  };
  return { blueprint, mapping };
}

/** Our own questions map to their columns exactly: the import remembers that for the new sheet. */
function linkedHook(registry: Registry, mapping: Record<string, string | null>) {
  return (sheet: GoogleAppsScript.Spreadsheet.Sheet) => rememberImport(sheet.getSheetId(), { registry, mapping });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function showCreated(created: CreatedForm): void {
  const html = HtmlService.createHtmlOutput(
    `<div style="font:14px Arial,sans-serif;line-height:1.5">` +
      `<p>Анкета «${escapeHtml(created.title)}» создана.</p>` +
      `<p><a href="${escapeHtml(created.publishedUrl)}" target="_blank">Ссылка для участников</a> — разошлите её.</p>` +
      `<p><a href="${escapeHtml(created.editUrl)}" target="_blank">Редактировать анкету</a></p>` +
      (created.responsesSheet
        ? `<p>Ответы будут приходить на лист «${escapeHtml(created.responsesSheet)}». Переносите их в реестр: «Наставничество → Анкеты → Импортировать ответы анкеты».</p>`
        : '') +
      `</div>`,
  )
    .setWidth(460)
    .setHeight(240);
  SpreadsheetApp.getUi().showModalDialog(html, 'Анкета создана');
}

function createFromMenu(registry: Registry): void {
  createFormFromMenu(() => {
    const { blueprint, mapping } = blueprintOf(registry);
    return { blueprint, onLinked: linkedHook(registry, mapping) };
  }, showCreated);
}

/** Menu: «Создать анкету наставника». */
export function createMentorQuestionnaire(): void {
  createFromMenu('mentors');
}

/** Menu: «Создать анкету наставляемого». */
export function createMenteeQuestionnaire(): void {
  createFromMenu('mentees');
}
