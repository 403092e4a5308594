// The `Мониторинг` sheet, written whole by the product: stage 1 and stage 2 tables, the SWOT
// groups, and where the add-on embeds the chart of entry/exit means. Numbers stay numbers.
import type { CellValue } from '../tables';
import { formatDayRu, type Day } from '../core/day';
import { percentOf } from '../core/percent';
import type { SatisfactionSummary } from './satisfaction';
import type { Stage1Report } from './stage1';
import type { ParameterChange, Stage2Report } from './stage2';
import { SWOT_KEYS, SWOT_LABELS } from './swot-questionnaire';
import type { SwotSummary } from './swot';
import { SATISFIED_FROM } from './satisfaction-questionnaire';

export const MONITORING_SHEET_NAME = 'Мониторинг';

/** In place of a mean or a share when nobody answered: 0 would read as a measured value. */
export const NO_ANSWERS = 'нет ответов';
/** A p-value too small to print as a number: rounding would show 0. */
const P_BELOW = '< 0,001';

export interface ChartSpec {
  title: string;
  /** A1 ranges: the category labels first, then the series (headers in their first row). */
  ranges: string[];
  /** 1-based cell where the chart's top left corner goes. */
  anchor: { row: number; column: number };
}

export interface MonitoringSheet {
  name: string;
  grid: CellValue[][];
  /** 1-based rows holding a section title (shown bold). */
  titleRows: number[];
  /** 1-based rows holding table headers (shown bold, shaded). */
  headerRows: number[];
  widths: number[];
  charts: ChartSpec[];
}

export interface MonitoringInput {
  today: Day;
  stage1: Stage1Report;
  satisfaction: SatisfactionSummary;
  swot: SwotSummary;
  stage2: Stage2Report;
}

const STAGE2_HEADERS = [
  'Параметр',
  'Участников',
  'Среднее на входе',
  'Среднее на выходе',
  'Изменение',
  'W+',
  'W−',
  'p-значение',
  'Метод',
  'Размер эффекта r',
  'Сила эффекта',
  'Вывод',
];

export const STAGE2_NOTE =
  'Критерий Вилкоксона для связанных выборок, двусторонний, уровень значимости α = 0,05. Нулевые изменения исключаются ' +
  '(правило Вилкоксона). Точное распределение — если ненулевых изменений меньше 50 и среди них нет совпадающих по ' +
  'величине и нулевых; иначе нормальное приближение с поправками на совпадения и на непрерывность. Размер эффекта — ' +
  'рангово-бисериальная корреляция r = (W+ − W−) / (W+ + W−), от −1 до +1: |r| от 0,1 — малый, от 0,3 — средний, ' +
  'от 0,5 — большой. Оценка участника по параметру — среднее его ответов на вопросы параметра.';

export function monitoringSheet(input: MonitoringInput): MonitoringSheet {
  const grid: CellValue[][] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const add = (row: CellValue[], kind?: 'title' | 'header') => {
    grid.push(row);
    if (kind === 'title') titleRows.push(grid.length);
    if (kind === 'header') headerRows.push(grid.length);
  };
  const { stage1, satisfaction, swot, stage2 } = input;

  add(['Мониторинг программы наставничества'], 'title');
  add([`Данные на ${formatDayRu(input.today)}`]);
  add([]);
  add(['Этап 1. Качество реализации программы'], 'title');
  add(['Показатель', 'Значение'], 'header');
  add(['Пар начали работу (утверждены приказом)', stage1.started]);
  add(['Работают', stage1.working]);
  add(['Завершили программу', stage1.completed]);
  add(['Расторгнуты', stage1.cancelled]);
  add(['Доля завершивших пар, %', stage1.completedPercent]);
  add(['Пар со встречами не реже раза в неделю', stage1.regularity.regular]);
  add(['Доля пар с регулярными встречами, %', stage1.regularity.regularPercent]);
  add(['Пар без встреч больше 7 дней', stage1.regularity.overdue]);
  add(['Проведено встреч', stage1.meetingsHeld]);
  add(['Средний интервал между встречами, дней', round(stage1.meanIntervalDays, 1)]);
  add(['Средняя оценка встреч наставниками (1–10)', round(stage1.mentorScore, 2) ?? NO_ANSWERS]);
  add(['Средняя оценка встреч наставляемыми (1–10)', round(stage1.menteeScore, 2) ?? NO_ANSWERS]);
  add([]);
  add(['Удовлетворённость участием (итоговая анкета)'], 'title');
  add(['', 'Ответили', `Удовлетворены (оценка от ${SATISFIED_FROM})`, 'Доля, %'], 'header');
  for (const [label, counts] of [
    ['Наставники', satisfaction.mentors],
    ['Наставляемые', satisfaction.mentees],
  ] as const) {
    // A share of nobody is not 0 %: it was not measured.
    add([
      label,
      counts.respondents,
      counts.satisfied,
      counts.respondents === 0 ? NO_ANSWERS : percentOf(counts.satisfied, counts.respondents),
    ]);
  }
  add([]);
  add([`SWOT-анализ (анкет: ${swot.respondents})`], 'title');
  for (const key of SWOT_KEYS) {
    add([SWOT_LABELS[key], 'Упоминаний'], 'header');
    const items = swot.groups[key];
    if (items.length === 0) add(['— нет ответов —']);
    for (const item of items) add([item.text, item.count]);
  }
  add([]);
  add(['Этап 2. Влияние программы на участников: входной и итоговый замеры'], 'title');
  add([
    `Участников с обоими замерами: ${stage2.matched}; только входной замер: ${stage2.entryOnly.length}; только итоговый: ${stage2.exitOnly.length}`,
  ]);
  add(STAGE2_HEADERS, 'header');
  const tableHeader = grid.length;
  for (const change of stage2.parameters) add(parameterRow(change));
  const tableEnd = grid.length;
  add([STAGE2_NOTE]);

  return {
    name: MONITORING_SHEET_NAME,
    grid,
    titleRows,
    headerRows,
    widths: [46, 12, 16, 16, 12, 8, 8, 12, 24, 16, 18, 44],
    charts: [
      {
        title: 'Средние оценки по параметрам: вход и выход',
        ranges: [`A${tableHeader}:A${tableEnd}`, `C${tableHeader}:D${tableEnd}`],
        anchor: { row: tableHeader, column: STAGE2_HEADERS.length + 2 },
      },
    ],
  };
}

function parameterRow(change: ParameterChange): CellValue[] {
  const test = change.test;
  return [
    change.label,
    change.participants,
    round(change.entryMean, 2),
    round(change.exitMean, 2),
    round(change.change, 2),
    test && test.n > 0 ? test.wPlus : null,
    test && test.n > 0 ? test.wMinus : null,
    test?.pValue === null || test === null ? null : test.pValue < 0.001 ? P_BELOW : round(test.pValue, 4),
    test?.method === 'exact' ? 'точный' : test?.method === 'normal' ? 'нормальное приближение' : null,
    test?.rankBiserial === null || test === null ? null : round(test.rankBiserial, 2),
    test?.rankBiserial === null || test === null ? null : effectLabel(test.rankBiserial),
    conclusion(change),
  ];
}

/** Cohen's conventions for a correlation-type effect size. */
export function effectLabel(r: number): string {
  const size = Math.abs(r);
  if (size >= 0.5) return 'большой';
  if (size >= 0.3) return 'средний';
  if (size >= 0.1) return 'малый';
  return 'пренебрежимо малый';
}

/** Below this many non-zero changes the exact test cannot reach p < 0,05 (2/2⁵ = 0,0625). */
export const MIN_N_FOR_SIGNIFICANCE = 6;

export function conclusion(change: ParameterChange): string {
  const test = change.test;
  if (!test) return 'нет участников с обоими замерами';
  if (test.pValue === null) return 'оценки не изменились';
  const up = test.wPlus > test.wMinus;
  if (change.significant) return up ? 'значимый рост' : 'значимое снижение';
  const text = `изменение статистически незначимо (${up ? 'рост' : test.wPlus < test.wMinus ? 'снижение' : 'без направления'})`;
  return test.n < MIN_N_FOR_SIGNIFICANCE
    ? `${text}; мало участников с изменившейся оценкой (меньше ${MIN_N_FOR_SIGNIFICANCE})`
    : text;
}

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
