// «Учёт участников» — one row per quarterly snapshot, aggregates only (no names). The product only
// ever APPENDS rows: a snapshot is never rewritten; a second snapshot of the same quarter is a new
// row marked «повторный снимок».
import { formatDayRu } from '../meetings';
import { FORMS } from '../catalogue/forms';
import { normalizeText } from '../catalogue/normalize';
import type { CellValue } from '../tables';
import type { SheetSpec } from '../workspace/sheet-spec';
import { MENTEE_CATEGORIES, MENTOR_CATEGORIES, type ParticipationSnapshot } from './snapshot';

export const FIRST_SNAPSHOT = 'снимок квартала';
export const RETAKE = 'повторный снимок';

const MENTOR_PLURAL: Record<string, string> = {
  Обучающийся: 'обучающиеся',
  Педагог: 'педагоги',
  Выпускник: 'выпускники',
  'Представитель предприятия': 'представители предприятий',
  Родитель: 'родители',
  'Социальный партнёр': 'социальные партнёры',
  'без категории': 'без категории',
};
const MENTEE_PLURAL: Record<string, string> = {
  Обучающийся: 'обучающиеся',
  Студент: 'студенты',
  'Молодой педагог': 'молодые педагоги',
  Педагог: 'педагоги',
  'без категории': 'без категории',
};

interface Column {
  header: string;
  width: number;
  value: (s: ParticipationSnapshot) => CellValue;
  note?: string;
}

const COLUMNS: readonly Column[] = [
  { header: 'Дата снимка', width: 12, value: (s) => formatDayRu(s.date) },
  { header: 'Квартал', width: 16, value: (s) => s.quarter.label },
  {
    header: 'Вид снимка',
    width: 18,
    value: () => FIRST_SNAPSHOT,
    note: `«${FIRST_SNAPSHOT}» или «${RETAKE}»; строки не переписываются`,
  },
  { header: 'Наставников', width: 12, value: (s) => s.mentors },
  { header: 'Наставляемых', width: 13, value: (s) => s.mentees },
  { header: 'Активных пар', width: 12, value: (s) => s.activePairs },
  { header: 'Завершённых пар', width: 14, value: (s) => s.completedPairs },
  { header: 'Новых наставников за квартал', width: 14, value: (s) => s.newMentors },
  { header: 'Новых наставляемых за квартал', width: 14, value: (s) => s.newMentees },
  { header: 'Выбыло наставников за квартал', width: 14, value: (s) => s.leftMentors },
  { header: 'Выбыло наставляемых за квартал', width: 14, value: (s) => s.leftMentees },
  {
    header: 'Доля обучающихся 10–19 лет в программе, %',
    width: 16,
    value: (s) => s.studentsShare ?? '',
    note: 'Наставляемые 10–19 лет и наставники-обучающиеся 15–19 лет от «Обучающихся 10–19 лет» в «Настройках»',
  },
  {
    header: 'Доля педагогов в программе, %',
    width: 14,
    value: (s) => s.teachersShare ?? '',
    note: 'Наставники-педагоги и наставляемые молодые педагоги от «Педагогов» в «Настройках»',
  },
  ...[...MENTOR_CATEGORIES, 'без категории' as const].map((c): Column => ({
    header: `Наставники: ${MENTOR_PLURAL[c]}`,
    width: 14,
    value: (s) => s.mentorsByCategory[c],
  })),
  ...[...MENTEE_CATEGORIES, 'без категории' as const].map((c): Column => ({
    header: `Наставляемые: ${MENTEE_PLURAL[c]}`,
    width: 14,
    value: (s) => s.menteesByCategory[c],
  })),
  ...FORMS.flatMap((form): Column[] => [
    { header: `«${form.name}»: наставников`, width: 14, value: (s) => s.byForm[form.code].mentors },
    { header: `«${form.name}»: наставляемых`, width: 14, value: (s) => s.byForm[form.code].mentees },
  ]),
  { header: 'Примечания', width: 40, value: (s) => s.notes.join('; ') },
];

export const participationSheet: SheetSpec = {
  name: 'Учёт участников',
  frozenRows: 1,
  columns: COLUMNS.map((c, i) => ({
    key: `c${i}`,
    header: c.header,
    width: c.width,
    ...(c.note ? { note: c.note } : {}),
  })),
};

/** When the sheet appears, for the sheets page of the documentation. */
export const PARTICIPATION_SHEET_WHEN =
  'Появляется с первым снимком квартала (`npm run nastavnik -- snapshot --write`, пункт надстройки «Учёт участников → ' +
  'Снять снимок квартала» или снимок по расписанию). Только обобщённые числа, без имён; строки лишь добавляются, ' +
  'повторный снимок квартала помечается «повторный снимок».';

export const PARTICIPATION_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);
/** 1-based columns of the quarters' chart: quarter, mentors, mentees, active pairs. */
export const CHART_COLUMNS = { quarter: 2, series: [4, 5, 6] } as const;

/** Does the sheet already hold a snapshot of that quarter (by the «Квартал» text)? */
export function hasSnapshotOf(grid: readonly (readonly unknown[])[], quarterLabel: string): boolean {
  const header = (grid[0] ?? []).map((h) => normalizeText(String(h ?? '')));
  const column = header.indexOf(normalizeText('Квартал'));
  if (column < 0) return false;
  return grid.slice(1).some((row) => normalizeText(String(row[column] ?? '')) === normalizeText(quarterLabel));
}

/**
 * The row to append for the snapshot, in the sheet's own column order (columns found by header;
 * the curator's own columns get nothing): a retake when the quarter already has a row.
 */
export function snapshotRow(grid: readonly (readonly unknown[])[], snapshot: ParticipationSnapshot): CellValue[] {
  const retake = hasSnapshotOf(grid, snapshot.quarter.label);
  const values = new Map(
    COLUMNS.map((c) => [normalizeText(c.header), c.header === 'Вид снимка' && retake ? RETAKE : c.value(snapshot)]),
  );
  const header = grid[0] && grid[0].some((h) => String(h ?? '').trim() !== '') ? grid[0] : PARTICIPATION_HEADERS;
  return header.map((h) => values.get(normalizeText(String(h ?? ''))) ?? '');
}

/** The snapshot as lines for people (CLI output, the add-on's alert). */
export function snapshotLines(s: ParticipationSnapshot): string[] {
  const share = (v: number | null) =>
    v === null ? 'нет данных (заполните контингент в «Настройках»)' : `${String(v).replace('.', ',')}%`;
  const forms = FORMS.filter((f) => s.byForm[f.code].mentors + s.byForm[f.code].mentees > 0).map(
    (f) => `  «${f.name}»: наставников ${s.byForm[f.code].mentors}, наставляемых ${s.byForm[f.code].mentees}`,
  );
  return [
    `Снимок на ${formatDayRu(s.date)} (${s.quarter.label})`,
    `Наставников: ${s.mentors}, наставляемых: ${s.mentees}`,
    `Пар: активных ${s.activePairs}, завершённых ${s.completedPairs}`,
    `За квартал: новых наставников ${s.newMentors}, наставляемых ${s.newMentees}; выбыло наставников ${s.leftMentors}, наставляемых ${s.leftMentees}`,
    `Доля обучающихся 10–19 лет в программе: ${share(s.studentsShare)}; доля педагогов: ${share(s.teachersShare)}`,
    ...(forms.length ? ['По формам:', ...forms] : []),
    ...s.notes.map((n) => `Замечание: ${n}`),
  ];
}
