// The report spreadsheet read back into a school report v1 (pure mapping).
import { describe, expect, it } from 'vitest';
import {
  formatReportSheetIssue,
  reportFromSheets,
  reportToSheets,
  type ReportSheetValues,
} from '../../shared/report/sheet';
import { sampleReport } from '../report/sample-report';

type Rows = unknown[][];

function sheetsOf(report = sampleReport()): { report: Rows; enterprises: Rows; pairs: Rows } {
  const v = reportToSheets(report);
  return {
    report: v.report.map((r) => [...r]),
    enterprises: v.enterprises.map((r) => [...r]),
    pairs: v.pairs.map((r) => [...r]),
  };
}

function setValue(rows: Rows, key: string, value: unknown): void {
  const row = rows.find((r) => r[1] === key);
  if (!row) throw new Error(`no row ${key}`);
  row[2] = value;
}

function problems(values: ReportSheetValues): string[] {
  const result = reportFromSheets(values);
  if (result.ok) throw new Error('expected problems');
  return result.issues.map(formatReportSheetIssue);
}

describe('report spreadsheet → school report v1', () => {
  it('reads back exactly what was written', () => {
    const report = sampleReport();
    expect(reportFromSheets(reportToSheets(report))).toEqual({ ok: true, report });
  });

  it('understands numbers where text is expected: the period, the school code, an ИНН', () => {
    const s = sheetsOf(sampleReport({ id: '420017' }));
    setValue(s.report, 'period', 2024);
    setValue(s.report, 'school.id', 420017);
    s.enterprises.push([274062111, 'ООО «Башкирский партнёр»'], [7707083893, 'ПАО «Числовой»']);
    s.enterprises.splice(1, 1);
    const result = reportFromSheets(s);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.period).toBe('2024');
    expect(result.report.school.id).toBe('420017');
    // 9 digits read from a number cell: the leading zero of region 02 is restored.
    expect(result.report.enterprises.map((e) => e.inn)).toEqual(['0274062111', '7707083893']);
  });

  it('accepts digits typed as text, Russian kind and form names, blank and section rows', () => {
    const s = sheetsOf();
    setValue(s.report, 'contingent.teachers', ' 70 ');
    setValue(s.report, 'school.kind', 'школа');
    s.report.splice(3, 0, [], ['Контингент', '', '']);
    s.pairs[1][0] = 'Ученик — ученик';
    s.pairs.push([], ['учитель – учитель', 4, '1']);
    const result = reportFromSheets(s);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.contingent.teachers).toBe(70);
    expect(result.report.school.kind).toBe('school');
    expect(result.report.pairs).toEqual([
      { form: 'student-student', active: 30, completed: 10 },
      { form: 'teacher-teacher', active: 4, completed: 1 },
    ]);
  });

  it('finds columns by header text, in any order and spelling', () => {
    const s = sheetsOf();
    s.report = s.report.map(([label, key, value]) => [value, label, key]);
    s.report[0] = ['значение', 'ПОКАЗАТЕЛЬ', ' Ключ '];
    s.pairs[0] = ['Форма', 'Завершенные', 'Активные'];
    s.pairs[1] = ['student-student', 10, 30];
    const result = reportFromSheets(s);
    expect(result).toEqual({ ok: true, report: sampleReport() });
  });

  it('names the sheet and key of a value that is not a number', () => {
    const s = sheetsOf();
    setValue(s.report, 'contingent.teachers', 'много');
    expect(problems(s)).toEqual([
      'Лист «Отчёт для региона», ключ «contingent.teachers» (строка 10): Ожидается целое число не меньше 0, получено: строка «много»',
    ]);
  });

  it('applies the push validation: consistency, negative counts, the period format', () => {
    const s = sheetsOf();
    setValue(s.report, 'participants.menteeStudents10to19', 600);
    setValue(s.report, 'programs', -1);
    setValue(s.report, 'period', '24-й');
    const found = problems(s);
    expect(found).toHaveLength(3);
    expect(found).toContain(
      'Лист «Отчёт для региона», ключ «participants.menteeStudents10to19» (строка 12): «Наставляемые обучающиеся 10–19 лет» (600) больше, чем «Обучающиеся 10–19 лет» (540, contingent.students10to19)',
    );
    expect(found.some((p) => p.startsWith('Лист «Отчёт для региона», ключ «programs» (строка 21): '))).toBe(true);
    expect(found.some((p) => p.startsWith('Лист «Отчёт для региона», ключ «period» (строка 7): Ожидается год'))).toBe(
      true,
    );
  });

  it('refuses unknown and repeated keys, so nothing but the contract is read', () => {
    const s = sheetsOf();
    s.report.push(['Email куратора', 'curator.email', 'someone@example.org'], ['Педагоги', 'contingent.teachers', 71]);
    const found = problems(s);
    expect(found[0]).toMatch(/^Лист «Отчёт для региона», ключ «curator\.email» \(строка 23\): неизвестный ключ/);
    expect(found[1]).toBe(
      'Лист «Отчёт для региона», ключ «contingent.teachers» (строка 24): ключ повторяется (уже указан в строке 10)',
    );
  });

  it('lists every problem at once, a repeated key only once', () => {
    const s = sheetsOf();
    s.report.push(['', 'unknownKey', 1], ['Педагоги', 'contingent.teachers', 'много']);
    setValue(s.report, 'programs', 'двенадцать');
    s.enterprises.push(['123', 'ООО «Короткий»']);
    const found = problems(s);
    expect(found).toHaveLength(4);
    expect(found.filter((p) => p.includes('«contingent.teachers»'))).toEqual([
      'Лист «Отчёт для региона», ключ «contingent.teachers» (строка 24): ключ повторяется (уже указан в строке 10)',
    ]);
    expect(
      found.some((p) => p.startsWith('Лист «Отчёт для региона», ключ «programs» (строка 21): Ожидается целое число')),
    ).toBe(true);
    expect(
      found.some((p) =>
        p.startsWith('Лист «Предприятия», строка 3, столбец «ИНН»: ИНН «123» должен содержать 10 цифр'),
      ),
    ).toBe(true);
  });

  it('reports a missing key row and a missing group of rows', () => {
    const s = sheetsOf();
    s.report = s.report.filter((r) => r[1] !== 'programs' && !String(r[1]).startsWith('satisfaction.'));
    const found = problems(s);
    expect(found).toContain(
      'Лист «Отчёт для региона», ключ «programs»: нет строки с этим ключом (обязательное поле не заполнено)',
    );
    expect(found).toContain(
      'Лист «Отчёт для региона», ключ «satisfaction.*»: нет строк с ключами satisfaction.mentors.respondents, satisfaction.mentors.satisfied, satisfaction.mentees.respondents, satisfaction.mentees.satisfied',
    );
  });

  it('names the row and column of a bad ИНН and of an unknown form', () => {
    const s = sheetsOf();
    s.enterprises.push(['7707083894', 'ООО «Опечатка»']);
    s.pairs[1][0] = 'дружба';
    const found = problems(s);
    expect(found).toContain(
      'Лист «Предприятия», строка 3, столбец «ИНН»: ИНН «7707083894»: неверные контрольные цифры (проверьте, нет ли опечатки)',
    );
    expect(
      found.some((p) =>
        p.startsWith('Лист «Пары по формам», строка 2, столбец «Форма»: Неизвестная форма наставничества'),
      ),
    ).toBe(true);
  });

  it('reports a sheet without its headers, and an empty report sheet', () => {
    const s = sheetsOf();
    s.enterprises[0] = ['Код', 'Наименование'];
    expect(problems(s)).toEqual(['Лист «Предприятия», строка 1: нет столбца «ИНН»']);
    expect(problems({ ...sheetsOf(), report: [] })).toEqual([
      'Лист «Отчёт для региона»: лист пуст; в первой строке нужны заголовки «Ключ», «Значение»',
    ]);
  });

  it('treats untouched enterprise and pair sheets as empty lists', () => {
    const result = reportFromSheets({ ...sheetsOf(), enterprises: [], pairs: [] });
    expect(result.ok && result.report.enterprises).toEqual([]);
    expect(result.ok && result.report.pairs).toEqual([]);
  });
});
