// Questionnaires in the built add-on: Google Forms with closed answers from the catalogue and the
// curator's lists, linked to the spreadsheet; the import dialog's handlers across the JSON wire.
import { beforeEach, describe, expect, it } from 'vitest';
import { FORMS } from '../../shared/catalogue';
import { MENTEE_QUESTIONNAIRE_TITLE, MENTOR_QUESTIONNAIRE_TITLE, listsSheet } from '../../shared/questionnaire';
import { headersOf, menteeSheet, mentorSheet } from '../../shared/workspace';
import type { ImportPreview, ImportResult, ImportDialogData } from '../../addon/server/questionnaire/import-wire';
import { callEntry, callFromPage } from '../support/apps-script/bundle';
import { startAddon, type AddonInStandIn } from '../support/apps-script/addon-build';

let env: AddonInStandIn;
beforeEach(async () => {
  env = await startAddon();
  callEntry(env.addon, 'createWorkspace');
});

function form(title: string) {
  const found = [...env.gas.forms.forms.values()].find((f) => f._title === title);
  if (!found) throw new Error(`no form ${title}`);
  return found;
}

function registry(name: string) {
  const [headers, ...rows] = env.gas.sheetValues(name);
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
}

const at = (minute: number) => new Date(Date.UTC(2024, 8, 2, 9, minute));

describe('creating questionnaires', () => {
  it('builds the mentor form «Чем я могу быть полезен…» with closed answers and links it to the spreadsheet', () => {
    const { gas, addon } = env;
    gas.setSheetValues(listsSheet.name, [headersOf(listsSheet), ['Робототехника', 'Шахматы'], ['Подготовка к олимпиадам', 'Театр']]);
    callEntry(addon, 'createMentorQuestionnaire');
    const f = form(MENTOR_QUESTIONNAIRE_TITLE);
    const item = (title: string) => f._items.find((i) => i._title === title)!;
    expect(item('В каких формах наставничества вы готовы участвовать')._choices).toEqual(FORMS.map((x) => x.name));
    expect(item('Чем вы можете помочь наставляемому')._choices).toEqual(['Робототехника', 'Подготовка к олимпиадам']);
    expect(item('Чем вы можете помочь наставляемому')._other).toBe(true);
    expect(item('Согласие на обработку персональных данных')._choices).toEqual(['Да', 'Нет']);
    expect(item('Согласие на обработку персональных данных')._required).toBe(true);
    expect(item('В какие дни вам удобно встречаться')._type).toBe('CHECKBOX');
    expect(gas.sheetNames()[0]).toBe('Ответы: анкета наставника');
    expect(gas.spreadsheet._sheet('Ответы: анкета наставника')!._formUrl).toBe(f.getEditUrl());
    expect(gas.drive.entries.get(f._id)!.parents.has(gas.drive.entries.get(f._id)!.parents.values().next().value!)).toBe(true);
    const folderId = [...gas.drive.entries.get(f._id)!.parents][0];
    expect(gas.drive.entries.get(folderId)!.name).toBe('Наставничество — документы');
    expect(gas.drive.entries.get(folderId)!.parents.has('folder-curator')).toBe(true);
    expect(gas.ui._shown.at(-1)!.html).toContain(f.getPublishedUrl());
  });

  it('refuses list items with commas, naming the cell', () => {
    const { gas, addon } = env;
    gas.setSheetValues(listsSheet.name, [headersOf(listsSheet), ['Физика, химия', 'Шахматы']]);
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.forms.forms.size).toBe(0);
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Лист «Списки для анкет», строка 2, столбец A «Темы: запросы и компетенции»: «Физика, химия»');
  });

  it('asks before creating a second form of the same kind', () => {
    const { gas, addon } = env;
    callEntry(addon, 'createMenteeQuestionnaire');
    gas.ui._answers.push({ button: 'NO' });
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.forms.forms.size).toBe(1);
    expect(gas.ui._alerts.at(-1)!.title).toBe('Анкета уже создана');
  });
});

describe('importing answers', () => {
  function submitMentee(answers: Record<string, string | string[]>, when: Date) {
    env.gas.forms.submit(form(MENTEE_QUESTIONNAIRE_TITLE)._id, answers, when);
  }
  const alina = {
    'Фамилия, имя, отчество': 'Фёдорова Алина Игоревна',
    'Кто вы': 'Обучающийся',
    'Класс или курс': '7Б',
    'Форма наставничества': 'ученик – ученик',
    'С чем вам нужна помощь': ['Трудности в учёбе', 'Подготовка к экзаменам'],
    'В какие дни вам удобно встречаться': ['Вторник', 'Четверг'],
    'Согласие на обработку персональных данных': 'Да',
  };

  it('imports new answers once, updates a person answering again, flags missing consent, reads and writes each sheet once', () => {
    const { gas, addon } = env;
    callEntry(addon, 'createMenteeQuestionnaire');
    submitMentee(alina, at(1));
    submitMentee({ ...alina, 'Фамилия, имя, отчество': 'Гусев Марк', 'Класс или курс': '8А', 'Согласие на обработку персональных данных': 'Нет' }, at(2));

    const data = callFromPage<ImportDialogData>(addon, 'importDialogData');
    expect(data.sheets[0]).toMatchObject({ name: 'Ответы: анкета наставляемого', linkedToForm: true });
    expect(data.sheets.map((s) => s.name)).not.toContain(menteeSheet.name);
    const sheetId = data.sheets[0].sheetId;
    const preview = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null);
    expect(preview.registry).toBe('mentees');
    expect(preview.newAnswers).toBe(2);
    expect(preview.mapping[preview.headers.indexOf('С чем вам нужна помощь')]).toBe('requests');

    gas.calls.reset();
    const first = callFromPage<ImportResult>(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: preview.mapping });
    expect(first.added.map((p) => [p.id, p.fullName])).toEqual([['У001', 'Фёдорова Алина Игоревна'], ['У002', 'Гусев Марк']]);
    expect(first.noConsent.map((p) => p.id)).toEqual(['У002']);
    expect(gas.calls.reads('Ответы: анкета наставляемого')).toHaveLength(1);
    expect(gas.calls.reads(menteeSheet.name)).toHaveLength(1);
    expect(gas.calls.writes(menteeSheet.name)).toHaveLength(1);
    expect(gas.calls.unlockedWrites()).toEqual([]);
    expect(registry(menteeSheet.name)[0]).toMatchObject({
      ID: 'У001',
      ФИО: 'Фёдорова Алина Игоревна',
      Категория: 'Обучающийся',
      'Класс/курс': '7Б',
      'Форма наставничества': 'ученик – ученик',
      Запросы: 'Трудности в учёбе; Подготовка к экзаменам',
      'Удобные дни': 'вт; чт',
      'Согласие на обработку ПДн': 'да',
      Статус: 'ожидает',
    });

    // Nothing new: nothing happens.
    const again = callFromPage<ImportResult>(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: preview.mapping });
    expect(again.considered).toBe(0);

    // Алина answers again with other days: her row is updated, not duplicated.
    submitMentee({ ...alina, 'Фамилия, имя, отчество': 'федорова алина игоревна', 'В какие дни вам удобно встречаться': ['Пятница'] }, at(7));
    const remembered = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null);
    expect(remembered.mapping).toEqual(preview.mapping);
    expect(remembered.newAnswers).toBe(1);
    const third = callFromPage<ImportResult>(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: remembered.mapping });
    expect(third.updated.map((p) => p.id)).toEqual(['У001']);
    const rows = registry(menteeSheet.name);
    expect(rows).toHaveLength(2);
    expect(rows[0]['Удобные дни']).toBe('пт');
    expect(rows[0].ФИО).toBe('Фёдорова Алина Игоревна');
  });

  it('imports a pasted sheet with the school’s own headers after the curator corrects the mapping', () => {
    const { gas, addon } = env;
    gas.setSheetValues('Анкеты 2024', [
      ['Отметка времени', 'Фамилия Имя Отчество', 'Место работы', 'Формы', 'Дни', 'Согласие'],
      [at(1), 'Орлова Вера Николаевна', 'МБОУ СОШ № 7', 'педагог – педагог', 'пн, ср', 'да'],
      [at(2), '', 'без имени', '', '', ''],
    ]);
    const sheetId = gas.spreadsheet._sheet('Анкеты 2024')!._id;
    const preview = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, 'mentors');
    expect(preview.mapping.slice(0, 3)).toEqual([null, 'fullName', 'organization']);
    const mapping = [null, 'fullName', 'organization', 'forms', 'days', 'consent'];
    const result = callFromPage<ImportResult>(addon, 'importAnswers', { sheetId, registry: 'mentors', mapping });
    expect(result.added).toEqual([{ answerRow: 2, id: 'Н001', fullName: 'Орлова Вера Николаевна' }]);
    expect(result.skipped).toEqual([{ answerRow: 3, fullName: '', reason: 'не указаны фамилия, имя, отчество' }]);
    expect(registry(mentorSheet.name)[0]).toMatchObject({ 'Формы наставничества': 'учитель – учитель', 'Удобные дни': 'пн; ср', Статус: 'кандидат' });
    expect(callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null).mapping).toEqual(mapping);
  });

  it('reports a mapping without ФИО and a stale dialog in Russian', () => {
    const { gas, addon } = env;
    gas.setSheetValues('Ответы', [['Отметка времени', 'ФИО'], [at(1), 'Ким Даниил']]);
    const sheetId = gas.spreadsheet._sheet('Ответы')!._id;
    expect(() => callFromPage(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: [null, null] })).toThrow(/какой вопрос анкеты содержит ФИО/);
    expect(() => callFromPage(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: [null] })).toThrow(/Вопросы анкеты изменились/);
    expect(gas.locks._documentLock.hasLock()).toBe(false);
  });
});
