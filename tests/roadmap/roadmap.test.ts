import { describe, expect, it } from 'vitest';
import {
  academicYear,
  academicYearOf,
  buildRoadmap,
  checkRoadmap,
  dateInYear,
  readRoadmap,
  roadmapCells,
  roadmapSheet,
  ROADMAP_ACTIVITIES,
  ROADMAP_STAGES,
  type RoadmapItem,
} from '../../shared/roadmap';
import { formatProblem, TableModel } from '../../shared/tables';
import { headersOf } from '../../shared/workspace';

describe('academic year', () => {
  it('runs from 1 September to 31 August', () => {
    expect(academicYear(2024)).toEqual({ startYear: 2024, start: '2024-09-01', end: '2025-08-31', label: '2024/2025' });
    expect(academicYearOf('2025-08-31')).toBe(2024);
    expect(academicYearOf('2025-09-01')).toBe(2025);
    expect(() => academicYear(24)).toThrow('Некорректный учебный год «24»');
  });

  it('places autumn months in the start year and the rest in the next', () => {
    expect(dateInYear(2024, { month: 11, day: 20 })).toBe('2024-11-20');
    expect(dateInYear(2024, { month: 5, day: 31 })).toBe('2025-05-31');
    // 29 February only in leap years; otherwise the 28th.
    expect(dateInYear(2023, { month: 2, day: 29 })).toBe('2024-02-29');
    expect(dateInYear(2024, { month: 2, day: 29 })).toBe('2025-02-28');
  });
});

describe('roadmap template', () => {
  const roadmap = buildRoadmap(2024);

  it('covers the seven stages with activities inside the academic year, each ending after it starts', () => {
    expect(ROADMAP_STAGES.map((stage) => stage.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const stage of ROADMAP_STAGES)
      expect(ROADMAP_ACTIVITIES.some((activity) => activity.stage === stage.number)).toBe(true);
    for (const item of roadmap) {
      expect(item.start! >= '2024-09-01' && item.due! <= '2025-08-31', item.code).toBe(true);
      expect(item.start! <= item.due!, item.code).toBe(true);
      expect(item.responsible && item.result, item.code).toBeTruthy();
    }
    expect(new Set(roadmap.map((item) => item.code)).size).toBe(roadmap.length);
    expect(roadmap).toHaveLength(35);
  });

  it('links the «Наставник года» contest (7.4) and the festival of the best pairs (7.8) to the rating sheet', () => {
    const result = (code: string) => roadmap.find((item) => item.code === code)!.result;
    expect(result('7.4')).toContain('Шорт-лист «Наставник года» по формам (лист «Рейтинг наставников»)');
    expect(result('7.8')).toContain('лист «Рейтинг наставников»');
    expect(roadmap.find((item) => item.code === '7.8')!.title).toContain('«Наставник +»');
  });

  it('puts the pair order before the first meetings and the final monitoring after the final meetings', () => {
    const due = (code: string) => roadmap.find((item) => item.code === code)!.due!;
    const start = (code: string) => roadmap.find((item) => item.code === code)!.start!;
    expect(due('4.1')).toBe('2024-10-31');
    expect(due('5.4') <= start('6.1')).toBe(true);
    expect(due('6.7') <= due('7.2')).toBe(true);
    expect(roadmap.filter((item) => item.controlPoint).map((item) => item.code)).toEqual([
      '1.6',
      '2.4',
      '4.1',
      '5.4',
      '6.5',
      '7.2',
      '7.5',
    ]);
    expect(roadmap[0]).toMatchObject({
      stage: 'Этап 1. Подготовка условий для запуска программы наставничества',
      status: 'не начато',
    });
  });
});

describe('deadlines', () => {
  const item = (
    code: string,
    due: string,
    status: RoadmapItem['status'],
    controlPoint = false,
    start?: string,
  ): RoadmapItem => ({
    code,
    stage: 'Этап 1',
    title: code,
    responsible: 'Куратор',
    result: '',
    controlPoint,
    status,
    due,
    ...(start ? { start } : {}),
  });

  it('marks open items past their deadline as overdue, never done or cancelled ones', () => {
    const check = checkRoadmap(
      [
        item('1', '2024-10-14', 'в работе', true),
        item('2', '2024-10-14', 'выполнено', true),
        item('3', '2024-10-14', 'отменено'),
        item('4', '2024-10-15', 'не начато', false, '2024-10-01'),
        item('5', '2024-10-29', 'в работе'),
        item('6', '2024-10-30', 'не начато', true, '2024-10-20'),
        item('7', '2024-11-20', 'не начато', true),
      ],
      '2024-10-15',
    );
    expect(check.items.map((c) => [c.code, c.overdue, c.daysLeft, c.lateStart])).toEqual([
      ['1', true, -1, false],
      ['2', false, -1, false],
      ['3', false, -1, false],
      ['4', false, 0, true],
      ['5', false, 14, false],
      ['6', false, 15, false],
      ['7', false, 36, false],
    ]);
    expect(check).toMatchObject({
      total: 7,
      done: 1,
      overdue: 1,
      overdueControlPoints: ['1'],
      dueSoon: ['4', '5'],
      nextControlPoint: { code: '6', due: '2024-10-30' },
    });
  });
});

describe('the «Дорожная карта» sheet', () => {
  it('round-trips the template through the sheet', () => {
    const model = TableModel.fromGrid([], roadmapSheet);
    const roadmap = buildRoadmap(2025);
    for (const item of roadmap) model.append(roadmapCells(item));
    const grid = model.toGrid();
    expect(grid[0]).toEqual(headersOf(roadmapSheet));
    const { items, problems } = readRoadmap(grid);
    expect(problems).toEqual([]);
    expect(items).toEqual(roadmap.map((item, index) => ({ ...item, row: index + 2 })));
  });

  it('reads the curator’s edits: status aliases, empty status, done date; reports bad dates and statuses', () => {
    const headers = headersOf(roadmapSheet);
    const row = (values: Record<string, unknown>) => roadmapSheet.columns.map((column) => values[column.key] ?? '');
    const grid = [
      headers,
      row({
        code: '1.1',
        title: 'Приказ',
        due: '15.09.2024',
        status: 'Готово',
        doneDate: '12.09.2024',
        controlPoint: 'Да',
      }),
      row({ code: '1.2', title: 'Программа', due: '30.09.2024' }),
      row({ code: '1.3', title: 'Согласия', due: 'сентябрь', status: 'потом' }),
    ];
    const { items, problems } = readRoadmap(grid);
    expect(items.map((i) => [i.code, i.status, i.due, i.doneDate, i.controlPoint, i.row])).toEqual([
      ['1.1', 'выполнено', '2024-09-15', '2024-09-12', true, 2],
      ['1.2', 'не начато', '2024-09-30', undefined, false, 3],
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'Лист «Дорожная карта», строка 4, столбец E «Срок»: «сентябрь» — нужна дата в виде ДД.ММ.ГГГГ',
      'Лист «Дорожная карта», строка 4, столбец I «Статус»: «потом» — неизвестное значение (статус); допустимо: не начато, в работе, выполнено, отменено',
    ]);
  });
});
