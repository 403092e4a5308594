// Reading the points table from «Настройки» and the points of one achievement. A row found by its
// `Параметр` text with an empty value takes the default; a bad value is reported and the default used.
import { normalizeText } from '../catalogue';
import { readTable, RowReader, type TableProblem } from '../tables';
import { settingsSheet, type SettingsColumn } from '../workspace/settings-sheet';
import type { AchievementKind, AchievementLevel } from './kinds';
import {
  DEFAULT_KIND_POINTS,
  DEFAULT_LEVEL_WEIGHTS,
  DEFAULT_PAIR_POINTS,
  DEFAULT_SHORTLIST_SIZE,
  POINTS_SETTINGS,
  type PairPointsKey,
  type PointsSettingSpec,
} from './points-settings';

export interface PointsTable {
  kinds: Record<AchievementKind, number>;
  levels: Record<AchievementLevel, number>;
  pairs: Record<PairPointsKey, number>;
  shortlistSize: number;
}

export function defaultPointsTable(): PointsTable {
  return {
    kinds: { ...DEFAULT_KIND_POINTS },
    levels: { ...DEFAULT_LEVEL_WEIGHTS },
    pairs: { ...DEFAULT_PAIR_POINTS },
    shortlistSize: DEFAULT_SHORTLIST_SIZE,
  };
}

export interface PointsRead {
  points: PointsTable;
  problems: TableProblem[];
  /** Parameters of the table absent from the sheet (their defaults are used). */
  missing: PointsSettingSpec[];
}

/** The points table from a «Настройки» grid; an empty or missing sheet gives the defaults. */
export function readPointsTable(grid: readonly (readonly unknown[])[] | null | undefined): PointsRead {
  const points = defaultPointsTable();
  if (!grid || grid.length === 0) return { points, problems: [], missing: [...POINTS_SETTINGS] };
  const { table, problems } = readTable(grid, settingsSheet);
  const byLabel = new Map(POINTS_SETTINGS.map((spec) => [normalizeText(spec.label), spec]));
  const seen = new Map<string, number>();
  const own: TableProblem[] = [];
  for (const row of table.rows) {
    const cell = new RowReader<SettingsColumn>(table, row, own);
    const spec = byLabel.get(normalizeText(cell.text('parameter')));
    if (!spec) continue;
    const first = seen.get(spec.key);
    if (first !== undefined) {
      cell.report(
        'parameter',
        'duplicate-parameter',
        `параметр повторяется (уже в строке ${first}); оставьте одну строку`,
      );
      continue;
    }
    seen.set(spec.key, row.rowNumber);
    if (cell.isEmpty('value')) continue;
    const value = spec.integer
      ? cell.integer('value', { min: 1, max: 100 })
      : cell.number('value', { min: 0, max: 1000 });
    if (value !== undefined) setPoints(points, spec, value);
  }
  // Only problems of the sheet as a whole and of the points rows: other settings are read elsewhere.
  return {
    points,
    problems: [...problems.filter((p) => p.code === 'missing-column' || p.code === 'empty-sheet'), ...own],
    missing: POINTS_SETTINGS.filter((spec) => !seen.has(spec.key)),
  };
}

function setPoints(points: PointsTable, spec: PointsSettingSpec, value: number): void {
  const [group, key] = spec.key.split('.') as [string, string | undefined];
  if (group === 'kind') points.kinds[key as AchievementKind] = value;
  else if (group === 'level') points.levels[key as AchievementLevel] = value;
  else if (group === 'pairs') points.pairs[key as PairPointsKey] = value;
  else points.shortlistSize = value;
}

/** Points of one achievement: the kind's points × the level's weight, to two decimals. */
export function achievementPoints(kind: AchievementKind, level: AchievementLevel, points: PointsTable): number {
  return round(points.kinds[kind] * points.levels[level], 2);
}

/** Rounded half up in decimal (1.005 → 1.01), as people round by hand. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  const shifted = Number(`${value}e${digits}`);
  return Number.isFinite(shifted) ? Math.round(shifted) / factor : Math.round(value * factor) / factor;
}
