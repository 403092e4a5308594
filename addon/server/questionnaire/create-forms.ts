// «Создать анкету наставника / наставляемого»: a Google Form built from shared/questionnaire,
// closed answers from the catalogue and «Списки для анкет», answers sent to this spreadsheet.
import { listsSheet, questionnaireFor, readLists, type Question, type Registry } from '../../../shared/questionnaire';
import { formatProblem } from '../../../shared/tables';
import { documentsFolder } from '../drive-folder';
import { readState, writeState } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet, readGrid, timeZoneOf } from '../sheets/workbook';
import { confirmWithCurator, runMenuAction } from '../ui';
import { rememberImport } from './import-state';

export interface CreatedForm {
  registry: Registry;
  formId: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** The responses sheet Forms created in this spreadsheet ('' when not yet visible). */
  responsesSheet: string;
}

const RESPONSES_SHEET: Record<Registry, string> = {
  mentors: 'Ответы: анкета наставника',
  mentees: 'Ответы: анкета наставляемого',
};

function addQuestion(form: GoogleAppsScript.Forms.Form, q: Question): void {
  let item: GoogleAppsScript.Forms.TextItem | GoogleAppsScript.Forms.ParagraphTextItem | GoogleAppsScript.Forms.MultipleChoiceItem | GoogleAppsScript.Forms.CheckboxItem | GoogleAppsScript.Forms.ListItem;
  switch (q.type) {
    case 'text':
      item = form.addTextItem();
      break;
    case 'paragraph':
      item = form.addParagraphTextItem();
      break;
    case 'choice': {
      const choice = form.addMultipleChoiceItem().setChoiceValues([...(q.choices ?? [])]);
      if (q.other) choice.showOtherOption(true);
      item = choice;
      break;
    }
    case 'checkbox': {
      const box = form.addCheckboxItem().setChoiceValues([...(q.choices ?? [])]);
      if (q.other) box.showOtherOption(true);
      item = box;
      break;
    }
    case 'list':
      item = form.addListItem().setChoiceValues([...(q.choices ?? [])]);
      break;
  }
  item.setTitle(q.title);
  if (q.help) item.setHelpText(q.help);
  if (q.required) item.setRequired(true);
}

export function createQuestionnaireForm(registry: Registry): CreatedForm {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const listSheet = findSheet(ss, listsSheet.name);
    const { lists, problems } = readLists(listSheet ? readGrid(listSheet, timeZoneOf(ss)) : null);
    if (problems.length > 0) throw new Error(`Исправьте списки для анкет:\n${problems.map(formatProblem).join('\n')}`);
    const questionnaire = questionnaireFor(registry, lists);

    const form = FormApp.create(questionnaire.title);
    form.setDescription(questionnaire.description);
    form.setConfirmationMessage('Спасибо! Ваш ответ записан.');
    for (const q of questionnaire.questions) addQuestion(form, q);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    DriveApp.getFileById(form.getId()).moveTo(documentsFolder());

    SpreadsheetApp.flush();
    const responses = ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(form.getId()));
    let responsesSheet = '';
    if (responses) {
      if (!findSheet(ss, RESPONSES_SHEET[registry])) responses.setName(RESPONSES_SHEET[registry]);
      responsesSheet = responses.getName();
      // Our own questions map to their columns exactly: remember that for the import.
      const mapping: Record<string, string | null> = {};
      for (const q of questionnaire.questions) mapping[q.title] = q.column;
      rememberImport(responses.getSheetId(), { registry, mapping });
    }
    const created: CreatedForm = {
      registry,
      formId: form.getId(),
      title: questionnaire.title,
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      responsesSheet,
    };
    const all = readState<Partial<Record<Registry, CreatedForm>>>('forms') ?? {};
    writeState('forms', { ...all, [registry]: created });
    return created;
  });
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
  runMenuAction('Анкета', () => {
    const existing = (readState<Partial<Record<Registry, CreatedForm>>>('forms') ?? {})[registry];
    if (existing && !confirmWithCurator('Анкета уже создана', `Анкета «${existing.title}» уже есть:\n${existing.publishedUrl}\n\nСоздать ещё одну?`)) return;
    showCreated(createQuestionnaireForm(registry));
  });
}

/** Menu: «Создать анкету наставника». */
export function createMentorQuestionnaire(): void {
  createFromMenu('mentors');
}

/** Menu: «Создать анкету наставляемого». */
export function createMenteeQuestionnaire(): void {
  createFromMenu('mentees');
}
