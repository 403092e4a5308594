import { describe, expect, it } from 'vitest';
import { readReportSettings, reportBasics, REPORT_SETTINGS_ROWS } from '../../shared/school-report';
import { formatProblem } from '../../shared/tables';
import { headersOf, settingsSheet } from '../../shared/workspace';

const header = headersOf(settingsSheet);

describe('report settings on «Настройки»', () => {
  it('reads the school identity, kind aliases and contingent among the workspace’s own rows', () => {
    const grid = [
      header,
      ['Наименование организации', 'МБОУ «Школа № 5»', ''],
      ['Код организации в регионе', '42-0005', ''],
      ['муниципалитет', 'Новокузнецкий городской округ', ''],
      ['Тип организации', 'гимназия', ''],
      ['Обучающихся 10-19 лет', 300, ''],
      ['Обучающихся 15–19 лет', '120', ''],
      ['Педагогов', 40, ''],
      ['Молодых педагогов (стаж 0–3 года)', 5, ''],
      ['Наставнических практик', 2, ''],
      ['Моя заметка', 'что угодно', ''],
    ];
    const { settings, problems } = readReportSettings(grid);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      schoolId: '42-0005',
      municipality: 'Новокузнецкий городской округ',
      kind: 'school',
      contingent: { students10to19: 300, students15to19: 120, teachers: 40, youngTeachers: 5 },
      practices: 2,
    });
    expect(settings.programs).toBeUndefined();
    const basics = reportBasics(settings, 'МБОУ «Школа № 5»');
    expect(basics).toEqual({
      school: {
        id: '42-0005',
        name: 'МБОУ «Школа № 5»',
        municipality: 'Новокузнецкий городской округ',
        kind: 'school',
      },
      contingent: { students10to19: 300, students15to19: 120, teachers: 40, youngTeachers: 5 },
      issues: [],
    });
    expect(reportBasics(settings, 'МБОУ «Школа № 5»', { schoolId: '42-0099' }).school?.id).toBe('42-0099');
  });

  it('reports bad values and repeated rows by sheet, row and column', () => {
    const grid = [
      header,
      ['Педагогов', 'сорок', ''],
      ['Тип организации', 'вуз', ''],
      ['Обучающихся 10–19 лет', -3, ''],
      ['Педагогов', 41, ''],
    ];
    expect(readReportSettings(grid).problems.map(formatProblem)).toEqual([
      'Лист «Настройки», строка 2, столбец B «Значение»: «сорок» — нужно целое число не меньше 0',
      'Лист «Настройки», строка 3, столбец B «Значение»: «вуз» — неизвестное значение (тип организации); допустимо: Школа, Колледж / техникум, Организация дополнительного образования',
      'Лист «Настройки», строка 4, столбец B «Значение»: «-3» — нужно число не меньше 0',
      'Лист «Настройки», строка 5, столбец A «Параметр»: «Педагогов» — параметр повторяется (уже в строке 2); оставьте одну строку',
    ]);
  });

  it('names every missing setting at its report path', () => {
    const { settings } = readReportSettings([header, ...REPORT_SETTINGS_ROWS]);
    expect(reportBasics(settings, '').issues).toEqual([
      { path: 'school.id', message: 'Заполните в листе «Настройки» параметр «Код организации в регионе»' },
      { path: 'school.name', message: 'Заполните в листе «Настройки» параметр «Наименование организации»' },
      { path: 'school.municipality', message: 'Заполните в листе «Настройки» параметр «Муниципалитет»' },
      { path: 'school.kind', message: 'Заполните в листе «Настройки» параметр «Тип организации»' },
      { path: 'contingent.students10to19', message: 'Заполните в листе «Настройки» параметр «Обучающихся 10–19 лет»' },
      { path: 'contingent.students15to19', message: 'Заполните в листе «Настройки» параметр «Обучающихся 15–19 лет»' },
      { path: 'contingent.teachers', message: 'Заполните в листе «Настройки» параметр «Педагогов»' },
      {
        path: 'contingent.youngTeachers',
        message: 'Заполните в листе «Настройки» параметр «Молодых педагогов (стаж 0–3 года)»',
      },
    ]);
  });
});
