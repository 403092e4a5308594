// «Показатели»: the six Table 5 indicators of this organisation for the current year, computed with
// the shared counting rules (distinct people; satisfied = 7 or more of 10) against the contingent on
// «Настройки», with the year's target and a colour against it. Written whole by the product.
import { INDICATOR_KEYS, INDICATORS, percentOf, targetsForYear, type IndicatorKey } from '../../../shared/indicators';
import { satisfactionSummary } from '../../../shared/monitoring';
import { countParticipants, partnerEnterprises, REPORT_SETTINGS, type ContingentKey } from '../../../shared/school-report';
import { withDocumentLock } from '../sheets/lock';
import { openPlainSheet, writeWholeSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { readReportInput, type ReportInputData } from '../year/report-input';
import { problemLines, todayIn } from '../year/workspace-data';

export const INDICATORS_SHEET = 'Показатели';
const HEADERS = ['Показатель', 'Числитель', 'Знаменатель', 'Значение, %', 'Цель, %', 'Оценка'];
const FIRST_ROW = 4;
const CONTINGENT: readonly ContingentKey[] = ['students10to19', 'students15to19', 'teachers', 'youngTeachers'];
export const FILL = { reached: '#d9ead3', close: '#fff2cc', behind: '#f4c7c3', unknown: '#eeeeee' } as const;

export interface IndicatorRow {
  key: IndicatorKey;
  numerator: number;
  denominator: number | null;
  percent: number | null;
  target: number | null;
}

/** The indicators of one organisation; the enterprises share has no denominator below the region. */
export function indicatorRows(data: ReportInputData, year: string): IndicatorRow[] {
  const participation = countParticipants(data.mentors, data.mentees, data.pairs);
  const counts = participation.counts;
  const { enterprises } = partnerEnterprises(participation.mentors);
  const satisfaction = satisfactionSummary(data.satisfaction);
  const c = data.report.contingent;
  const figures: Record<IndicatorKey, [number, number | null]> = {
    menteeStudentsShare: [counts.menteeStudents10to19, c.students10to19 ?? null],
    mentorStudentsShare: [counts.mentorStudents15to19, c.students15to19 ?? null],
    menteeYoungTeachersShare: [counts.menteeYoungTeachers, c.youngTeachers ?? null],
    enterprisesShare: [enterprises.length, null],
    mentorSatisfaction: [satisfaction.mentors.satisfied, satisfaction.mentors.respondents],
    menteeSatisfaction: [satisfaction.mentees.satisfied, satisfaction.mentees.respondents],
  };
  const targets = targetsForYear(year);
  return INDICATOR_KEYS.map((key) => {
    const [numerator, denominator] = figures[key];
    return { key, numerator, denominator, percent: percentOf(numerator, denominator), target: targets[key] };
  });
}

export function verdict(row: IndicatorRow): { text: string; fill: string } {
  if (row.percent === null) {
    const text = row.key === 'enterprisesShare' ? 'доля считается по региону' : 'нет знаменателя';
    return { text, fill: FILL.unknown };
  }
  if (row.target === null) return { text: 'цель не задана', fill: FILL.unknown };
  if (row.percent >= row.target) return { text: 'цель достигнута', fill: FILL.reached };
  if (row.percent >= row.target * 0.75) return { text: 'близко к цели', fill: FILL.close };
  return { text: 'ниже цели', fill: FILL.behind };
}

export function writeIndicators(): { rows: IndicatorRow[]; year: string; problems: string[] } {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const year = todayIn(timeZone).slice(0, 4);
    const data = readReportInput(ss, timeZone);
    const rows = indicatorRows(data, year);
    const missing = REPORT_SETTINGS.filter((s) => CONTINGENT.includes(s.key as ContingentKey) && data.report.contingent[s.key as ContingentKey] === undefined).map(
      (s) => `«${s.label}»`,
    );
    const grid: unknown[][] = [
      [`Целевые показатели программы наставничества (таблица 5) — ${year} год`],
      [`Организация: ${data.settings.organizationName ?? '—'}. Знаменатели — контингент с листа «Настройки»; люди считаются по одному разу.`],
      [],
      HEADERS,
      ...rows.map((r) => [INDICATORS[r.key].label, r.numerator, r.denominator ?? '', r.percent ?? '', r.target ?? '', verdict(r).text]),
      [],
      ['Как считается'],
      ...rows.map((r) => [`${INDICATORS[r.key].shortLabel}: ${INDICATORS[r.key].numeratorLabel} / ${INDICATORS[r.key].denominatorLabel}`]),
    ];
    if (missing.length) grid.push([], [`Заполните в листе «Настройки»: ${missing.join(', ')}.`]);
    const { sheet, grid: before } = openPlainSheet(ss, INDICATORS_SHEET, timeZone);
    writeWholeSheet(sheet, before, grid, timeZone);
    sheet.getRange(1, 1).setFontWeight('bold');
    sheet.getRange(FIRST_ROW, 1, 1, HEADERS.length).setFontWeight('bold').setBackground('#e8eaf6');
    sheet
      .getRange(FIRST_ROW + 1, 1, rows.length, HEADERS.length)
      .setBackgrounds(rows.map((r) => new Array<string>(HEADERS.length).fill(verdict(r).fill)));
    sheet.setColumnWidth(1, 560);
    return { rows, year, problems: problemLines(data.problems) };
  });
}

/** Menu: «Показатели: обновить лист «Показатели»». */
export function refreshIndicators(): void {
  runMenuAction('Показатели', () => {
    const r = writeIndicators();
    const lines = r.rows.map((row) => `${INDICATORS[row.key].shortLabel}: ${row.percent === null ? '—' : `${row.percent}%`} (цель ${row.target ?? '—'}%) — ${verdict(row).text}`);
    if (r.problems.length) lines.push('', 'Не учтены строки с ошибками:', ...r.problems);
    alertCurator(`Показатели ${r.year} года обновлены`, lines.join('\n'));
  });
}
