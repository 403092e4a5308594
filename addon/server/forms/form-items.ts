// What a questionnaire looks like as a Google Form, and the one place that adds its questions as
// FormApp items (registry questionnaires and monitoring questionnaires alike).
export interface FormQuestion {
  type: 'text' | 'paragraph' | 'choice' | 'checkbox' | 'list' | 'scale';
  title: string;
  help?: string;
  required?: boolean;
  choices?: readonly string[];
  /** «Другое» with a free answer (choice and checkbox items). */
  other?: boolean;
  scale?: { min: number; max: number; minLabel: string; maxLabel: string };
}

export interface FormBlueprint {
  /** One form per kind and spreadsheet: `mentors`, `mentees`, `measurement`… */
  kind: string;
  title: string;
  description: string;
  questions: readonly FormQuestion[];
  /** The name the responses sheet gets, unless a sheet of that name is there already. */
  responsesSheet: string;
}

export const CONFIRMATION = 'Спасибо! Ваш ответ записан.';

type AnyItem =
  | GoogleAppsScript.Forms.TextItem
  | GoogleAppsScript.Forms.ParagraphTextItem
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.CheckboxItem
  | GoogleAppsScript.Forms.ListItem
  | GoogleAppsScript.Forms.ScaleItem;

function addItem(form: GoogleAppsScript.Forms.Form, q: FormQuestion): AnyItem {
  const choices = [...(q.choices ?? [])];
  switch (q.type) {
    case 'text':
      return form.addTextItem();
    case 'paragraph':
      return form.addParagraphTextItem();
    case 'choice': {
      const item = form.addMultipleChoiceItem().setChoiceValues(choices);
      return q.other ? item.showOtherOption(true) : item;
    }
    case 'checkbox': {
      const item = form.addCheckboxItem().setChoiceValues(choices);
      return q.other ? item.showOtherOption(true) : item;
    }
    case 'list':
      return form.addListItem().setChoiceValues(choices);
    case 'scale': {
      const s = q.scale ?? { min: 1, max: 5, minLabel: '', maxLabel: '' };
      return form.addScaleItem().setBounds(s.min, s.max).setLabels(s.minLabel, s.maxLabel);
    }
  }
}

/**
 * Gives the form the blueprint's description and questions. Items a failed earlier run left behind
 * are removed first (the form is not yet handed to anyone), so a retry never doubles a question.
 */
export function fillForm(form: GoogleAppsScript.Forms.Form, blueprint: FormBlueprint): void {
  form.setDescription(blueprint.description);
  form.setConfirmationMessage(CONFIRMATION);
  for (let i = form.getItems().length - 1; i >= 0; i--) form.deleteItem(i);
  for (const q of blueprint.questions) {
    const item = addItem(form, q);
    item.setTitle(q.title);
    if (q.help) item.setHelpText(q.help);
    if (q.required) item.setRequired(true);
  }
}
