// The regional spreadsheet's four sheets, built from the consolidated tables (aggregates only)
// and the pull errors. Rows sorted by municipality, then organisation, then year (latest first).
import {
  INDICATOR_KEYS,
  INDICATORS,
  type IndicatorKey,
  type IndicatorSet,
  type IndicatorTables,
} from '../../../shared/indicators';
import { REPORT_FIELD_LABELS, SCHOOL_KIND_LABELS, type SchoolKind } from '../../../shared/report';
import { REPORT_SHEET_HEADERS, REPORT_SHEETS } from '../../../shared/report/sheet';
import type { SheetCell, SheetContent } from '../google/gateway';

export const REGIONAL_SHEETS = {
  schools: 'Сводная по ОО',
  municipalities: 'По муниципалитетам',
  region: 'Регион',
  errors: 'Ошибки синхронизации',
} as const;

export interface RegisteredSchoolInfo {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
}

export interface SyncErrorRow {
  id: string;
  name: string;
  municipality: string;
  spreadsheetId: string;
  errorAt: string | null;
  lastSuccessAt: string | null;
  message: string;
}

const PERCENT = { type: 'PERCENT', pattern: '0.0%' } as const;
const WHOLE_PERCENT = { type: 'PERCENT', pattern: '0%' } as const;
const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** Indicator columns below the region: enterprises have no denominator there, only a count. */
function indicatorHeaders(): string[] {
  return INDICATOR_KEYS.flatMap((k) =>
    k === 'enterprisesShare'
      ? [`${INDICATORS[k].shortLabel}: число (по ИНН)`]
      : [
          `${INDICATORS[k].shortLabel}: числитель`,
          `${INDICATORS[k].shortLabel}: знаменатель`,
          `${INDICATORS[k].shortLabel}, %`,
        ],
  );
}

function indicatorCells(set: IndicatorSet | undefined): SheetCell[] {
  return INDICATOR_KEYS.flatMap((k) => {
    const v = set?.[k];
    if (k === 'enterprisesShare') return [v ? v.numerator : null];
    return v ? [v.numerator, v.denominator, fraction(v.percent)] : [null, null, null];
  });
}

/** 0-based indexes of the percent columns among `indicatorHeaders()`, shifted by `offset`. */
function percentColumns(offset: number): { column: number; type: 'PERCENT'; pattern: string }[] {
  return indicatorHeaders()
    .map((h, i) => (h.endsWith(', %') ? { column: offset + i, ...PERCENT } : undefined))
    .filter((c) => c !== undefined);
}

function fraction(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 10) / 1000;
}

/** `2024-05-01 12:30 UTC`: the sheet is read by people in several time zones. */
export function formatTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

const byPlaceThenYear = (a: SheetCell[], b: SheetCell[], yearColumn: number, nameColumn?: number) =>
  collator.compare(String(a[0]), String(b[0])) ||
  (nameColumn === undefined ? 0 : collator.compare(String(a[nameColumn]), String(b[nameColumn]))) ||
  String(b[yearColumn]).localeCompare(String(a[yearColumn]));

export function regionalSheets(
  tables: readonly IndicatorTables[],
  schools: readonly RegisteredSchoolInfo[],
  errors: readonly SyncErrorRow[],
): SheetContent[] {
  const kinds = new Map(schools.map((s) => [s.id, s.kind]));
  const kindLabel = (id: string, kind?: SchoolKind) => SCHOOL_KIND_LABELS[kind ?? kinds.get(id) ?? 'school'];

  const schoolRows: SheetCell[][] = tables.flatMap((t) => [
    ...t.schools.map((s) => [
      s.municipality,
      s.name,
      s.id,
      kindLabel(s.id, s.kind),
      t.period,
      formatTime(s.reportedAt),
      ...indicatorCells(s.indicators),
    ]),
    ...t.missing.map((s) => [
      s.municipality,
      s.name,
      s.id,
      kindLabel(s.id),
      t.period,
      'нет отчёта',
      ...indicatorCells(undefined),
    ]),
  ]);
  schoolRows.sort((a, b) => byPlaceThenYear(a, b, 4, 1));

  const municipalityRows: SheetCell[][] = tables.flatMap((t) =>
    t.municipalities.map((m) => [
      m.name,
      t.period,
      m.schoolsRegistered,
      m.schoolsReporting,
      ...indicatorCells(m.indicators),
    ]),
  );
  municipalityRows.sort((a, b) => byPlaceThenYear(a, b, 1));

  const regionRows: SheetCell[][] = [...tables]
    .sort((a, b) => b.period.localeCompare(a.period))
    .flatMap((t) => [
      [
        t.period,
        'Организации, представившие отчёт',
        t.region.schoolsReporting,
        t.region.schoolsRegistered,
        t.region.schoolsRegistered ? t.region.schoolsReporting / t.region.schoolsRegistered : null,
        null,
        '',
      ],
      ...INDICATOR_KEYS.map((k: IndicatorKey) => {
        const v = t.region.indicators[k];
        const reached = v.percent === null || v.target === null ? '' : v.percent >= v.target ? 'да' : 'нет';
        return [
          t.period,
          INDICATORS[k].label,
          v.numerator,
          v.denominator,
          fraction(v.percent),
          v.target === null ? null : v.target / 100,
          reached,
        ];
      }),
    ]);

  const errorRows: SheetCell[][] = errors.map((e) => [
    e.municipality,
    e.name,
    e.id,
    `https://docs.google.com/spreadsheets/d/${e.spreadsheetId}`,
    formatTime(e.errorAt),
    formatTime(e.lastSuccessAt),
    withoutCellContents(e.message),
  ]);
  errorRows.sort(
    (a, b) => collator.compare(String(a[0]), String(b[0])) || collator.compare(String(a[1]), String(b[1])),
  );

  return [
    {
      title: REGIONAL_SHEETS.schools,
      header: ['Муниципалитет', 'Организация', 'Код ОО', 'Тип', 'Год', 'Отчёт получен', ...indicatorHeaders()],
      rows: schoolRows,
      columnFormats: percentColumns(6),
    },
    {
      title: REGIONAL_SHEETS.municipalities,
      header: ['Муниципалитет', 'Год', 'ОО зарегистрировано', 'ОО представили отчёт', ...indicatorHeaders()],
      rows: municipalityRows,
      columnFormats: percentColumns(4),
    },
    {
      title: REGIONAL_SHEETS.region,
      header: ['Год', 'Показатель', 'Числитель', 'Знаменатель', 'Значение', 'Цель', 'Цель достигнута'],
      rows: regionRows,
      columnFormats: [
        { column: 4, ...PERCENT },
        { column: 5, ...WHOLE_PERCENT },
      ],
    },
    {
      title: REGIONAL_SHEETS.errors,
      header: [
        'Муниципалитет',
        'Организация',
        'Код ОО',
        'Таблица',
        'Ошибка с',
        'Последняя успешная синхронизация',
        'Ошибка',
      ],
      rows: errorRows,
    },
  ];
}

/** Words the service itself puts in «…»: report keys, labels, sheet and column names. */
const OWN_WORDS = new Set<string>([
  ...Object.keys(REPORT_FIELD_LABELS),
  ...Object.values(REPORT_FIELD_LABELS),
  ...Object.values(REPORT_SHEETS),
  ...Object.values(REPORT_SHEET_HEADERS).flat(),
  'Читатель',
  'Редактор',
]);

/**
 * An error message quotes what it found in a cell (`получено: строка «…»`). The regional
 * spreadsheet is read by more people than the dashboard, and a cell may hold anything a
 * person pasted, so only the service's own words stay quoted there.
 */
export function withoutCellContents(message: string): string {
  return message.replace(/«([^«»]*)»/g, (quoted, inner: string) =>
    OWN_WORDS.has(inner) || /^[\w.]+\.\*$/.test(inner) ? quoted : '«…»',
  );
}
