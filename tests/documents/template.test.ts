import { describe, expect, it } from 'vitest';
import { BLANK, fillTemplate, parseTemplate, renderText } from '../../shared/documents';

describe('template parsing', () => {
  it('reads headings, lead paragraphs, lists and tables with or without a header', () => {
    const model = parseTemplate(
      [
        '# Заголовок {{пара}}',
        '',
        '**Наставник:** {{наставник}}',
        'Обычный абзац',
        '- первый',
        '- второй',
        '',
        '- отдельный список',
        '## Раздел',
        '| № | Что |',
        '|---|:---:|',
        '| 1 | {{план.что}} |',
        '| Поле | Значение |',
        '',
        '| a | b \\| c |',
      ].join('\r\n'),
    );
    expect(model).toEqual({
      title: 'Заголовок {{пара}}',
      blocks: [
        { kind: 'heading', level: 1, text: 'Заголовок {{пара}}' },
        { kind: 'paragraph', lead: 'Наставник:', text: '{{наставник}}' },
        { kind: 'paragraph', text: 'Обычный абзац' },
        { kind: 'list', items: ['первый', 'второй'] },
        { kind: 'list', items: ['отдельный список'] },
        { kind: 'heading', level: 2, text: 'Раздел' },
        {
          kind: 'table',
          header: ['№', 'Что'],
          rows: [
            ['1', '{{план.что}}'],
            ['Поле', 'Значение'],
          ],
        },
        { kind: 'table', rows: [['a', 'b | c']] },
      ],
    });
  });
});

describe('filling placeholders', () => {
  const template = parseTemplate(
    [
      '# Программа {{Пара}}',
      '**Наставляемые:** {{наставляемые}}',
      '**Цель:** {{цель}}',
      '- {{задачи}}',
      '- постоянный пункт',
      '| № | Мероприятие | Срок |',
      '|---|---|---|',
      '| {{план.номер}} | {{план.мероприятие}} | {{план.срок}} |',
      '| итого | {{пара}} | |',
    ].join('\n'),
  );

  it('replaces text, joins lists in paragraphs, repeats list items and table rows, leaves blanks for empty values', () => {
    const { document, problems } = fillTemplate(template, {
      пара: 'П-1',
      наставляемые: ['Лосев К.', 'Орлова Д.'],
      цель: '  ',
      задачи: ['Адаптация', 'Проект'],
      план: [
        { номер: '1', мероприятие: 'Знакомство', срок: '01.10.2024' },
        { номер: '2', мероприятие: 'Планирование', срок: '' },
      ],
    });
    expect(problems).toEqual([]);
    expect(document.title).toBe('Программа П-1');
    expect(renderText(document)).toBe(
      [
        '# Программа П-1',
        '',
        '**Наставляемые:** Лосев К., Орлова Д.',
        '',
        `**Цель:** ${BLANK}`,
        '',
        '- Адаптация\n- Проект\n- постоянный пункт',
        '',
        '| № | Мероприятие | Срок |\n| --- | --- | --- |\n| 1 | Знакомство | 01.10.2024 |\n| 2 | Планирование | ' +
          BLANK +
          ' |\n| итого | П-1 |  |',
        '',
      ].join('\n'),
    );
  });

  it('leaves one blank row or item for an empty list', () => {
    const { document } = fillTemplate(template, { пара: 'П-2', наставляемые: [], цель: 'x', задачи: [], план: [] });
    const list = document.blocks.find((block) => block.kind === 'list');
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(list).toEqual({ kind: 'list', items: [BLANK, 'постоянный пункт'] });
    expect(table && table.kind === 'table' && table.rows).toEqual([
      [BLANK, BLANK, BLANK],
      ['итого', 'П-2', ''],
    ]);
    expect(document.blocks[1]).toEqual({ kind: 'paragraph', lead: 'Наставляемые:', text: BLANK });
  });

  it('reports unknown fields, misplaced lists, two lists in a row and broken braces, keeping the text visible', () => {
    const broken = parseTemplate(
      [
        '# {{пара}} {{номер приказа}}',
        '{{план}}',
        '| {{задачи}} | {{план.срок}} |',
        '- {{план.дата}}',
        'Итог {{цель',
      ].join('\n'),
    );
    const { document, problems } = fillTemplate(broken, {
      пара: 'П-3',
      цель: 'x',
      задачи: ['a'],
      план: [{ срок: '1' }],
    });
    expect(document.title).toBe('П-3 {{номер приказа}}');
    expect(problems).toEqual([
      'Неизвестное поле «{{номер приказа}}» в шаблоне; доступны: {{пара}}, {{цель}}, {{задачи}}, {{план}}',
      'Поле «{{план}}» — список; его можно использовать только в строке таблицы или пункте списка',
      'В одной строке шаблона несколько списков (задачи, план): строка повторяется только по одному',
      'Поле «{{план.дата}}»: у элементов списка «план» есть поля {{план.срок}}',
      'Незакрытые фигурные скобки в строке шаблона «Итог {{цель»',
    ]);
  });

  it('explains a list element field used outside a repeated row', () => {
    const { problems } = fillTemplate(parseTemplate('Первая встреча: {{план.срок}}'), { план: [{ срок: '1' }] });
    expect(problems).toEqual([
      'Поле «{{план.срок}}» относится к элементу списка «план»: его можно использовать только в строке таблицы или пункте списка',
    ]);
  });
});
