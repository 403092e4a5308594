// Questionnaires in the built add-on: Google Forms with closed answers from the catalogue and the
// curator's lists, linked to the spreadsheet; the import dialog's handlers across the JSON wire.
import { beforeEach, describe, expect, it } from 'vitest';
import { FORMS } from '../../shared/catalogue';
import { MENTEE_QUESTIONNAIRE_TITLE, MENTOR_QUESTIONNAIRE_TITLE, listsSheet } from '../../shared/questionnaire';
import { headersOf, menteeSheet, mentorSheet } from '../../shared/workspace';
import type { ImportPreview, ImportResult, ImportDialogData } from '../../addon/server/questionnaire/import-wire';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { startAddon, type AddonInStandIn } from '../../testkit/apps-script/addon-build';
import { FormImpl } from '../../testkit/apps-script/forms';

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
    gas.setSheetValues(listsSheet.name, [
      headersOf(listsSheet),
      ['Робототехника', 'Шахматы'],
      ['Подготовка к олимпиадам', 'Театр'],
    ]);
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
    const parents = [...gas.drive.entries.get(f._id)!.parents];
    expect(parents.map((id) => gas.drive.entries.get(id)!.name)).toEqual(['Наставничество — документы']);
    expect(gas.ui._shown.at(-1)!.html).toContain(f.getPublishedUrl());
    // Published: the form takes answers from the start.
    expect(f._published && f._accepting).toBe(true);
    const answers = Object.fromEntries(
      f._items.filter((i) => i._required).map((i) => [i._title, i._choices[0] ?? 'Орлова Вера Николаевна']),
    );
    gas.forms.submit(f._id, answers, at(1));
    expect(gas.sheetValues('Ответы: анкета наставника')).toHaveLength(2);
  });

  it('refuses list items with commas, naming the cell', () => {
    const { gas, addon } = env;
    gas.setSheetValues(listsSheet.name, [headersOf(listsSheet), ['Физика, химия', 'Шахматы']]);
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.forms.forms.size).toBe(0);
    expect(gas.ui._alerts.at(-1)!.prompt).toContain(
      'Лист «Списки для анкет», строка 2, столбец A «Темы: запросы и компетенции»: «Физика, химия»',
    );
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

describe('creating questionnaires that fail half way, and with several editors', () => {
  const formsMade = () => [...env.gas.forms.forms.values()];
  const responseSheets = () => env.gas.spreadsheet._sheets.filter((sh) => sh._formUrl);

  /** The next Drive request `match` accepts fails once with a non-retried Google error. */
  function failOnce(match: (method: string, url: string) => boolean) {
    let failed = false;
    env.gas.urlFetch._routes.unshift((req) => {
      if (failed || !match(req.method, req.url)) return undefined;
      failed = true;
      return {
        status: 400,
        body: JSON.stringify({ error: { code: 400, message: 'Invalid Value', errors: [{ reason: 'invalid' }] } }),
      };
    });
  }
  const isMove = (method: string, url: string) => method === 'PATCH' && url.includes('addParents=');

  it('continues after a failed move: one form, one responses sheet, in the documents folder', () => {
    const { gas, addon } = env;
    failOnce(isMove);
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.ui._alerts.at(-1)!.prompt).toMatch(/Переместить .* не удалось \(Google ответил 400/);
    expect(formsMade()).toHaveLength(1);
    gas.ui._alerts.length = 0;

    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.ui._alerts).toEqual([]); // no «create another?»: the run continued the same form
    expect(formsMade()).toHaveLength(1);
    expect(responseSheets().map((sh) => sh._name)).toEqual(['Ответы: анкета наставляемого']);
    const f = form(MENTEE_QUESTIONNAIRE_TITLE);
    expect(f._items.filter((i) => i._title === 'Фамилия, имя, отчество')).toHaveLength(1);
    expect([...gas.drive.entries.get(f._id)!.parents].map((id) => gas.drive.entries.get(id)!.name)).toEqual([
      'Наставничество — документы',
    ]);
    expect(gas.ui._shown.at(-1)!.title).toBe('Анкета создана');
  });

  it('continues after a run that died right after linking the responses sheet', () => {
    const { gas, addon } = env;
    const proto = FormImpl.prototype as unknown as { setDestination: (...a: unknown[]) => unknown };
    const original = proto.setDestination;
    proto.setDestination = function (this: FormImpl, ...args: unknown[]) {
      original.apply(this, args);
      proto.setDestination = original;
      throw new Error('Превышено время выполнения');
    };
    try {
      callEntry(addon, 'createMentorQuestionnaire');
    } finally {
      proto.setDestination = original;
    }
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('Превышено время выполнения');
    expect(responseSheets()).toHaveLength(1);

    callEntry(addon, 'createMentorQuestionnaire');
    expect(formsMade()).toHaveLength(1);
    expect(responseSheets().map((sh) => sh._name)).toEqual(['Ответы: анкета наставника']);
    // The import knows the linked sheet's questions.
    const preview = callFromPage<ImportPreview>(addon, 'previewImport', responseSheets()[0]._id, null);
    expect(preview.registry).toBe('mentors');
  });

  it('makes the form again only when Drive answers 404 to the editor who created it', () => {
    const { gas, addon } = env;
    failOnce(isMove);
    callEntry(addon, 'createMenteeQuestionnaire');
    const first = formsMade()[0]._id;
    // Deleted for good: gone from the stand-in, and Drive answers 404 for an id it does not know.
    gas.drive.entries.delete(first);
    gas.forms.forms.delete(first);
    gas.urlFetch._handler = () => ({
      status: 404,
      body: JSON.stringify({
        error: { code: 404, message: `File not found: ${first}.`, errors: [{ reason: 'notFound' }] },
      }),
    });
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(formsMade()).toHaveLength(1);
    expect(formsMade()[0]._id).not.toBe(first);
    expect(formsMade()[0]._published).toBe(true);
  });

  it('tells a second editor who started the form and makes no duplicate unless asked', () => {
    const { gas, addon } = env;
    failOnce(isMove);
    callEntry(addon, 'createMenteeQuestionnaire');
    gas.actAs('deputy@school.example');
    gas.ui._answers.push({ button: 'NO' });
    callEntry(addon, 'createMenteeQuestionnaire');
    const asked = gas.ui._alerts.at(-1)!;
    expect(asked.title).toBe('Анкету создаёт другой редактор');
    expect(asked.prompt).toContain('curator@school.example');
    expect(asked.prompt).toContain('попросите коллегу снова выбрать этот пункт меню');
    expect(formsMade()).toHaveLength(1);
    expect(responseSheets()).toHaveLength(1);

    // The creator finishes it; the deputy then sees who made it and may decline a second one.
    gas.actAs('curator@school.example');
    callEntry(addon, 'createMenteeQuestionnaire');
    gas.actAs('deputy@school.example');
    gas.ui._answers.push({ button: 'NO' });
    callEntry(addon, 'createMenteeQuestionnaire');
    expect(gas.ui._alerts.at(-1)!.title).toBe('Анкета уже создана');
    expect(gas.ui._alerts.at(-1)!.prompt).toContain('её создал(а) curator@school.example');
    expect(formsMade()).toHaveLength(1);
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
    submitMentee(
      {
        ...alina,
        'Фамилия, имя, отчество': 'Гусев Марк',
        'Класс или курс': '8А',
        'Согласие на обработку персональных данных': 'Нет',
      },
      at(2),
    );

    const data = callFromPage<ImportDialogData>(addon, 'importDialogData');
    expect(data.sheets[0]).toMatchObject({ name: 'Ответы: анкета наставляемого', linkedToForm: true });
    expect(data.sheets.map((s) => s.name)).not.toContain(menteeSheet.name);
    const sheetId = data.sheets[0].sheetId;
    const preview = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null);
    expect(preview.registry).toBe('mentees');
    expect(preview.newAnswers).toBe(2);
    expect(preview.mapping[preview.headers.indexOf('С чем вам нужна помощь')]).toBe('requests');

    gas.calls.reset();
    const first = callFromPage<ImportResult>(addon, 'importAnswers', {
      sheetId,
      registry: 'mentees',
      mapping: preview.mapping,
    });
    expect(first.added.map((p) => [p.id, p.fullName])).toEqual([
      ['У001', 'Фёдорова Алина Игоревна'],
      ['У002', 'Гусев Марк'],
    ]);
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
    const again = callFromPage<ImportResult>(addon, 'importAnswers', {
      sheetId,
      registry: 'mentees',
      mapping: preview.mapping,
    });
    expect(again.considered).toBe(0);

    // Алина answers again with other days: her row is updated, not duplicated.
    submitMentee(
      {
        ...alina,
        'Фамилия, имя, отчество': 'федорова алина игоревна',
        'В какие дни вам удобно встречаться': ['Пятница'],
      },
      at(7),
    );
    const remembered = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null);
    expect(remembered.mapping).toEqual(preview.mapping);
    expect(remembered.newAnswers).toBe(1);
    const third = callFromPage<ImportResult>(addon, 'importAnswers', {
      sheetId,
      registry: 'mentees',
      mapping: remembered.mapping,
    });
    expect(third.updated.map((p) => p.id)).toEqual(['У001']);
    const rows = registry(menteeSheet.name);
    expect(rows).toHaveLength(2);
    expect(rows[0]['Удобные дни']).toBe('пт');
    expect(rows[0].ФИО).toBe('Фёдорова Алина Игоревна');
  });

  it('re-running an import whose mark was not saved adds no duplicate rows: it matches what the registry holds now', () => {
    const { gas, addon } = env;
    callEntry(addon, 'createMenteeQuestionnaire');
    submitMentee(alina, at(1));
    submitMentee({ ...alina, 'Фамилия, имя, отчество': 'Гусев Марк', 'Класс или курс': '8А' }, at(2));
    const sheetId = callFromPage<ImportDialogData>(addon, 'importDialogData').sheets[0].sheetId;
    const { mapping } = callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null);

    // The registry is written, then saving the import mark fails (the run dies before it).
    const doc = gas.properties._document;
    const save = doc.setProperty.bind(doc);
    doc.setProperty = (k: string, _v: string) => {
      doc.setProperty = save;
      throw new Error(`Сбой при сохранении ${k}`);
    };
    expect(() => callFromPage(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping })).toThrow(
      /Сбой при сохранении/,
    );
    expect(registry(menteeSheet.name)).toHaveLength(2);

    const again = callFromPage<ImportResult>(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping });
    expect(again.added).toEqual([]);
    expect(again.skipped.map((x) => x.reason)).toEqual([
      'ответ совпадает с данными в реестре (У001)',
      'ответ совпадает с данными в реестре (У002)',
    ]);
    expect(registry(menteeSheet.name).map((r) => r.ID)).toEqual(['У001', 'У002']);
    expect(callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null).newAnswers).toBe(0);
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
    expect(registry(mentorSheet.name)[0]).toMatchObject({
      'Формы наставничества': 'учитель – учитель',
      'Удобные дни': 'пн; ср',
      Статус: 'кандидат',
    });
    expect(callFromPage<ImportPreview>(addon, 'previewImport', sheetId, null).mapping).toEqual(mapping);
  });

  it('reports a mapping without ФИО and a stale dialog in Russian', () => {
    const { gas, addon } = env;
    gas.setSheetValues('Ответы', [
      ['Отметка времени', 'ФИО'],
      [at(1), 'Ким Даниил'],
    ]);
    const sheetId = gas.spreadsheet._sheet('Ответы')!._id;
    expect(() => callFromPage(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: [null, null] })).toThrow(
      /какой вопрос анкеты содержит ФИО/,
    );
    expect(() => callFromPage(addon, 'importAnswers', { sheetId, registry: 'mentees', mapping: [null] })).toThrow(
      /Вопросы анкеты изменились/,
    );
    expect(gas.locks._documentLock.hasLock()).toBe(false);
  });
});
