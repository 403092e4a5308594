import { describe, expect, it } from 'vitest';
import {
  BLANK,
  PROGRAMME_FIELDS,
  PROGRAMME_TEMPLATE,
  programmeDocument,
  programmeEnd,
  programmeValues,
  renderText,
} from '../../shared/documents';
import { losev, mentor, orlova } from './fixtures';

describe('personalised mentoring programme', () => {
  it('fills the personalised programme structure for a group, with the meeting plan spread over the programme', () => {
    // Start 07.10.2024 → end 15.05.2025 (15 May of the academic year 2024/2025), 220 days.
    // Plan: +0…+7, +7…+14, +14…+21 days; regular meetings from +21 to 14 days before the end (+206 = 01.05.2025).
    const { document, problems } = programmeDocument({
      pairId: 'П-Н1-ПУ',
      mentor,
      mentees: [losev, orlova],
      organizationName: 'МБОУ «Школа № 5»',
      curatorName: 'Соколова Ирина Павловна',
      startDate: '2024-10-07',
      roleModel: 'лидер – пассивный',
    });
    expect(problems).toEqual([]);
    expect(document.title).toBe('Персонализированная программа наставничества');
    expect(renderText(document).split('\n\n')).toEqual([
      '# Персонализированная программа наставничества',
      'МБОУ «Школа № 5»',
      '**Пара:** П-Н1-ПУ',
      '**Наставник:** Ежова Анна Викторовна',
      '**Наставляемый(-ые):** Лосев Кирилл Андреевич, Орлова Дарья',
      '**Форма наставничества:** учитель – ученик',
      '**Ролевая модель:** лидер – пассивный',
      '**Форма реализации:** групповая (2 наставляемых)',
      '**Формат встреч:** очно',
      '**Сроки реализации:** 07.10.2024 – 15.05.2025',
      '## Цель',
      'Помочь наставляемым в решении запросов: проектная деятельность; подготовка к олимпиаде; публичные выступления',
      '## Задачи',
      '- проектная деятельность\n- подготовка к олимпиаде\n- публичные выступления',
      '## План мероприятий',
      [
        '| № | Мероприятие | Срок | Результат |',
        '| --- | --- | --- | --- |',
        '| 1 | Встреча-знакомство | 07.10.2024 – 14.10.2024 | Участники готовы к взаимодействию, поставлена цель первой встречи |',
        '| 2 | Пробная рабочая встреча | 14.10.2024 – 21.10.2024 | Понятно, чем участники полезны друг другу; получен первый результат |',
        '| 3 | Встреча-планирование | 21.10.2024 – 28.10.2024 | Поставлены цели и сроки, составлен план встреч |',
        '| 4 | Регулярные встречи не реже одного раза в неделю с обратной связью | 28.10.2024 – 01.05.2025 | Продвижение к цели, заполненные формы обратной связи |',
        '| 5 | Итоговая встреча | 01.05.2025 – 15.05.2025 | Рефлексия, подведение итогов, планы на продолжение |',
      ].join('\n'),
      '## Ожидаемый результат (проектный продукт)',
      BLANK,
      '## Ресурс взаимодействия',
      BLANK,
      '**Наставник:** ____________ / Ежова А. В. /',
      '**Куратор:** ____________ / Соколова И. П. /\n',
    ]);
  });

  it('is individual for one mentee and keeps the curator’s goal; without a start date the plan has blanks', () => {
    const values = programmeValues({
      pairId: 'П-2',
      form: 'student-student',
      mentor,
      mentees: [losev],
      goal: 'Подготовить проект',
    });
    expect(values['форма реализации']).toBe('индивидуальная');
    expect(values['форма']).toBe('ученик – ученик');
    expect(values['цель']).toBe('Подготовить проект');
    expect(values['начало']).toBe('');
    const { document } = programmeDocument({ pairId: 'П-2', mentor, mentees: [losev] });
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => row[2])).toEqual([BLANK, BLANK, BLANK, BLANK, BLANK]);
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      lead: 'Сроки реализации:',
      text: `${BLANK} – ${BLANK}`,
    });
  });

  it('ends on 15 May of the academic year, but lasts 3 to 12 months (the regional methodology)', () => {
    expect(programmeEnd('2024-09-01')).toBe('2025-05-15');
    expect(programmeEnd('2025-03-20')).toBe('2025-06-20');
    expect(programmeEnd('2024-05-20')).toBe('2024-08-20');
  });

  it('documents every placeholder it fills, and the default template uses only those', () => {
    expect(Object.keys(programmeValues({ pairId: 'П', mentor, mentees: [] })).sort()).toEqual(
      Object.keys(PROGRAMME_FIELDS).sort(),
    );
    const names = [...PROGRAMME_TEMPLATE.matchAll(/\{\{([^}.]+)/g)].map((match) => match[1]);
    for (const name of names) expect(PROGRAMME_FIELDS).toHaveProperty([name]);
  });

  it('fills a curator’s edited template and names its unknown fields', () => {
    const edited = `# Программа пары {{пара}}\n**Наставник:** {{наставник кратко}}\n**Приказ:** {{номер приказа}}`;
    const { document, problems } = programmeDocument({ pairId: 'П-9', mentor, mentees: [losev] }, edited);
    expect(document.title).toBe('Программа пары П-9');
    expect(document.blocks[1]).toEqual({ kind: 'paragraph', lead: 'Наставник:', text: 'Ежова А. В.' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Неизвестное поле «\{\{номер приказа\}\}» в шаблоне; доступны: \{\{организация\}\}, \{\{пара\}\}/,
    );
  });
});
