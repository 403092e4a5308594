// The consolidated tables in wide form: one row per school, municipality or the region, with the
// numerator, denominator, percent and target of every indicator. Shared by CSV, XLSX and the regional spreadsheet.
import {
  INDICATOR_KEYS,
  INDICATORS,
  type IndicatorKey,
  type IndicatorSet,
  type IndicatorTables,
} from '../../../shared/indicators';
import { SCHOOL_KIND_LABELS } from '../../../shared/report';

export type Level = 'school' | 'municipality' | 'region';
export const LEVELS: readonly Level[] = ['school', 'municipality', 'region'];

/** `percent` and `target` cells hold percent units (24.7 means 24.7 %). */
export type ColumnKind = 'text' | 'count' | 'percent' | 'target' | 'datetime';

export interface Column {
  header: string;
  kind: ColumnKind;
  indicator?: IndicatorKey;
}

export type Cell = string | number | null;

export interface WideTable {
  level: Level;
  /** Russian sheet name. */
  title: string;
  columns: Column[];
  rows: Cell[][];
}

export const LEVEL_TITLES: Record<Level, string> = {
  school: 'Сводная по ОО',
  municipality: 'По муниципалитетам',
  region: 'Регион',
};

const text = (header: string): Column => ({ header, kind: 'text' });
const count = (header: string): Column => ({ header, kind: 'count' });

const LEADING: Record<Level, Column[]> = {
  school: [
    count('Год'),
    text('Муниципалитет'),
    text('Код ОО'),
    text('Организация'),
    text('Тип'),
    { header: 'Отчёт получен (UTC)', kind: 'datetime' },
  ],
  municipality: [count('Год'), text('Муниципалитет'), count('ОО зарегистрировано'), count('ОО прислали отчёт')],
  region: [count('Год'), text('Регион'), count('ОО зарегистрировано'), count('ОО прислали отчёт')],
};

const INDICATOR_COLUMNS: Column[] = INDICATOR_KEYS.flatMap((key): Column[] => {
  const name = INDICATORS[key].shortLabel;
  return [
    { header: `${name} — числитель`, kind: 'count', indicator: key },
    { header: `${name} — знаменатель`, kind: 'count', indicator: key },
    { header: `${name} — %`, kind: 'percent', indicator: key },
    { header: `${name} — цель, %`, kind: 'target', indicator: key },
  ];
});

function indicatorCells(set: IndicatorSet): Cell[] {
  return INDICATOR_KEYS.flatMap((key) => {
    const v = set[key];
    return [v.numerator, v.denominator, v.percent, v.target];
  });
}

export function wideTable(tables: IndicatorTables, level: Level): WideTable {
  const year = Number(tables.period);
  const rows: Cell[][] =
    level === 'school'
      ? tables.schools.map((s) => [
          year,
          s.municipality,
          s.id,
          s.name,
          SCHOOL_KIND_LABELS[s.kind],
          s.reportedAt,
          ...indicatorCells(s.indicators),
        ])
      : level === 'municipality'
        ? tables.municipalities.map((m) => [
            year,
            m.name,
            m.schoolsRegistered,
            m.schoolsReporting,
            ...indicatorCells(m.indicators),
          ])
        : [
            [
              year,
              tables.region.name,
              tables.region.schoolsRegistered,
              tables.region.schoolsReporting,
              ...indicatorCells(tables.region.indicators),
            ],
          ];
  return { level, title: LEVEL_TITLES[level], columns: [...LEADING[level], ...INDICATOR_COLUMNS], rows };
}
