// Everything the rating is computed from, each sheet read once: «Наставники», «Пары», «Встречи»,
// the answer sheets, «Достижения наставников» (created with its dropdowns when missing) and
// «Настройки» (the points table; rows of it that are absent get their defaults, the curator's
// values are never written).
import {
  ACHIEVEMENTS_SHEET,
  computeRating,
  readPointsTable,
  readRatingInput,
  shortlists,
  type FormShortlist,
  type PointsSettingSpec,
  type Rating,
} from '../../../shared/achievements';
import { readSettings, type WorkspaceSettings } from '../../../shared/registry';
import { TableModel, type TableProblem } from '../../../shared/tables';
import { mentorSheet, settingsSheet } from '../../../shared/workspace';
import { alignedGrid } from '../sheets/changes';
import { openSpecSheet } from '../sheets/spec-sheet';
import { writeChanges } from '../sheets/workbook';
import { gridOf, readAnswers, readMeetingsData, readPairsData, todayIn } from '../year/workspace-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RatingData {
  rating: Rating;
  lists: FormShortlist[];
  settings: WorkspaceSettings;
  /** Points-table rows added to «Настройки» with their defaults. */
  addedSettings: string[];
  problems: TableProblem[];
}

/** Appends the absent rows of the points table to «Настройки»; the sheet's other rows are not written. */
function addMissingPoints(ss: Spreadsheet, missing: readonly PointsSettingSpec[], timeZone: string): string[] {
  if (missing.length === 0) return [];
  const { sheet, grid } = openSpecSheet(ss, settingsSheet, timeZone);
  const model = TableModel.fromGrid(grid, settingsSheet);
  for (const spec of missing) model.append({ parameter: spec.label, value: spec.initial, hint: spec.hint });
  writeChanges(sheet, grid, alignedGrid(grid, model), model.ownColumns(), timeZone);
  return missing.map((spec) => spec.label);
}

/** Reads the workspace and computes the rating of the academic year of today. Call under the document lock. */
export function readRatingData(ss: Spreadsheet, timeZone: string): RatingData {
  const settingsGrid = gridOf(ss, settingsSheet.name, timeZone);
  const points = readPointsTable(settingsGrid);
  const addedSettings = addMissingPoints(ss, points.missing, timeZone);
  const pairs = readPairsData(ss, timeZone);
  const read = readRatingInput({
    today: todayIn(timeZone),
    mentors: gridOf(ss, mentorSheet.name, timeZone),
    points,
    achievements: openSpecSheet(ss, ACHIEVEMENTS_SHEET, timeZone).grid,
    pairs,
    meetings: readMeetingsData(ss, timeZone, pairs.allPairIds),
    answers: readAnswers(ss, timeZone),
  });
  const rating = computeRating(read.input);
  return {
    rating,
    lists: shortlists(rating),
    settings: settingsGrid ? readSettings(settingsGrid).settings : { weights: {} },
    addedSettings,
    problems: read.problems,
  };
}
