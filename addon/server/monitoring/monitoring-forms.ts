// Questionnaires of monitoring — entry/exit measurement, final satisfaction, SWOT — as Google Forms
// linked to this spreadsheet (the answer sheet is renamed to the questionnaire's sheet), or as
// empty answer sheets with the same headers to paste answers into.
import {
  QUESTIONNAIRES,
  answerSheet,
  measurementQuestionnaire,
  satisfactionQuestionnaire,
  swotQuestionnaire,
  type Question,
  type Questionnaire,
} from '../../../shared/monitoring';
import { createFormFromMenu, type CreatedForm } from '../forms/create-form';
import type { FormBlueprint, FormQuestion } from '../forms/form-items';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';

function formQuestion(q: Question): FormQuestion {
  const base = { title: q.text, help: q.help, required: q.required };
  if (q.kind === 'scale')
    return { ...base, type: 'scale', scale: { min: q.min, max: q.max, minLabel: q.minLabel, maxLabel: q.maxLabel } };
  if (q.kind === 'choice') return { ...base, type: 'choice', choices: q.options };
  return { ...base, type: q.kind };
}

function monitoringBlueprint(questionnaire: Questionnaire): FormBlueprint {
  return {
    kind: questionnaire.key,
    title: questionnaire.title,
    description: questionnaire.description,
    questions: questionnaire.questions.map(formQuestion),
    responsesSheet: questionnaire.sheetName,
  };
}

function showCreated(questionnaire: Questionnaire, created: CreatedForm): void {
  const lines = [`Ссылка для участников: ${created.publishedUrl}`, `Редактировать: ${created.editUrl}`];
  if (created.responsesSheet) lines.push(`Ответы будут приходить на лист «${created.responsesSheet}».`);
  if (created.responsesSheet && created.responsesSheet !== questionnaire.sheetName) {
    lines.push(
      `Лист «${questionnaire.sheetName}» уже был: мониторинг читает его, перенесите туда ответы или удалите его и переименуйте лист формы.`,
    );
  }
  alertCurator(`Анкета «${created.title}» создана`, lines.join('\n'));
}

function fromMenu(questionnaire: Questionnaire): void {
  createFormFromMenu(
    () => ({ blueprint: monitoringBlueprint(questionnaire) }),
    (created) => showCreated(questionnaire, created),
  );
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
      (created.length
        ? `Созданы листы: ${created.map((n) => `«${n}»`).join(', ')}.`
        : 'Все листы для ответов уже есть.') +
        '\nВставляйте ответы под заголовки (по одному ответу в строке); столбец «Отметка времени» можно оставить пустым. ' +
        'Участники указывают код участника (ID из реестра), не ФИО.',
    );
  });
}
