// Questionnaires of monitoring — entry/exit measurement, final satisfaction, SWOT — as Google Forms
// linked to this spreadsheet (the answer sheet is renamed to the questionnaire's sheet), or as
// empty answer sheets with the same headers to paste answers into.
import { QUESTIONNAIRES, answerSheet, measurementQuestionnaire, satisfactionQuestionnaire, swotQuestionnaire, type Question, type Questionnaire, type QuestionnaireKey } from '../../../shared/monitoring';
import { documentsFolder } from '../drive-folder';
import { readState, writeState } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, findSheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, confirmWithCurator, runMenuAction } from '../ui';

export interface MonitoringForm {
  key: QuestionnaireKey;
  formId: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** The sheet answers arrive in ('' when Forms has not made it yet). */
  answerSheet: string;
}

const STATE = 'monitoringForms';

function addQuestion(form: GoogleAppsScript.Forms.Form, q: Question): void {
  let item: GoogleAppsScript.Forms.TextItem | GoogleAppsScript.Forms.ParagraphTextItem | GoogleAppsScript.Forms.MultipleChoiceItem | GoogleAppsScript.Forms.ScaleItem;
  if (q.kind === 'scale') item = form.addScaleItem().setBounds(q.min, q.max).setLabels(q.minLabel, q.maxLabel);
  else if (q.kind === 'choice') item = form.addMultipleChoiceItem().setChoiceValues([...q.options]);
  else if (q.kind === 'paragraph') item = form.addParagraphTextItem();
  else item = form.addTextItem();
  item.setTitle(q.text);
  if (q.help) item.setHelpText(q.help);
  if (q.required) item.setRequired(true);
}

export function createMonitoringForm(questionnaire: Questionnaire): MonitoringForm {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const form = FormApp.create(questionnaire.title);
    form.setDescription(questionnaire.description);
    form.setConfirmationMessage('Спасибо! Ваш ответ записан.');
    for (const q of questionnaire.questions) addQuestion(form, q);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    DriveApp.getFileById(form.getId()).moveTo(documentsFolder());
    SpreadsheetApp.flush();
    const responses = ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(form.getId()));
    let sheetName = '';
    if (responses) {
      // An answer sheet made by hand earlier keeps its name; the form's sheet then keeps Google's.
      if (!findSheet(ss, questionnaire.sheetName)) responses.setName(questionnaire.sheetName);
      sheetName = responses.getName();
    }
    const created: MonitoringForm = {
      key: questionnaire.key,
      formId: form.getId(),
      title: questionnaire.title,
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      answerSheet: sheetName,
    };
    writeState(STATE, { ...(readState<Record<string, MonitoringForm>>(STATE) ?? {}), [questionnaire.key]: created });
    return created;
  });
}

function fromMenu(questionnaire: Questionnaire): void {
  runMenuAction('Анкета', () => {
    const existing = readState<Record<string, MonitoringForm>>(STATE)?.[questionnaire.key];
    if (existing && !confirmWithCurator('Анкета уже создана', `Анкета «${existing.title}» уже есть:\n${existing.publishedUrl}\n\nСоздать ещё одну?`)) return;
    const created = createMonitoringForm(questionnaire);
    const lines = [`Ссылка для участников: ${created.publishedUrl}`, `Редактировать: ${created.editUrl}`];
    if (created.answerSheet) lines.push(`Ответы будут приходить на лист «${created.answerSheet}».`);
    if (created.answerSheet && created.answerSheet !== questionnaire.sheetName) {
      lines.push(`Лист «${questionnaire.sheetName}» уже был: мониторинг читает его, перенесите туда ответы или удалите его и переименуйте лист формы.`);
    }
    alertCurator(`Анкета «${created.title}» создана`, lines.join('\n'));
  });
}

/** Menu: «Анкеты → Создать анкету входного и итогового замера». */
export function createMeasurementForm(): void {
  fromMenu(measurementQuestionnaire);
}

/** Menu: «Анкеты → Создать итоговую анкету удовлетворённости». */
export function createSatisfactionForm(): void {
  fromMenu(satisfactionQuestionnaire);
}

/** Menu: «Анкеты → Создать анкету для SWOT-анализа». */
export function createSwotForm(): void {
  fromMenu(swotQuestionnaire);
}

/** Menu: «Анкеты → Создать листы для ответов без Google Форм». */
export function createAnswerSheets(): void {
  runMenuAction('Листы для ответов', () => {
    const created = withDocumentLock(() => {
      const ss = activeSpreadsheet();
      const timeZone = timeZoneOf(ss);
      return QUESTIONNAIRES.filter((q) => openSpecSheet(ss, answerSheet(q), timeZone).created).map((q) => q.sheetName);
    });
    alertCurator(
      'Листы для ответов',
      (created.length ? `Созданы листы: ${created.map((n) => `«${n}»`).join(', ')}.` : 'Все листы для ответов уже есть.') +
        '\nВставляйте ответы под заголовки (по одному ответу в строке); столбец «Отметка времени» можно оставить пустым. ' +
        'Участники указывают код участника (ID из реестра), не ФИО.',
    );
  });
}
