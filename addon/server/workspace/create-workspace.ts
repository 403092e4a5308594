// «Создать или восстановить рабочее пространство»: every sheet of the workspace spec (plus the
// questionnaire lists) with headers, dropdowns, protection and widths. Running it again adds what
// is missing — sheets, columns (after the last header), parameters of «Настройки» — and never
// deletes, moves or rewrites what the curator has: their values and their own columns stay put.
import { normalizeText } from '../../../shared/catalogue';
import { listsSheet } from '../../../shared/questionnaire';
import { TableModel, cellText } from '../../../shared/tables';
import { WORKSPACE_SHEETS, settingsSheet, type SheetSpec } from '../../../shared/workspace';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet, readGrid, timeZoneOf, writeChanges } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { applyLayout } from './sheet-layout';

/** The add-on's sheets in workbook order. */
export const ADDON_SHEETS: readonly SheetSpec[] = [...WORKSPACE_SHEETS, listsSheet];

/** Sheets whose rows are parameters found by name: missing ones are added back on repair. */
const KEYED_ROWS = new Set([settingsSheet.name]);

export interface WorkspaceRepair {
  createdSheets: string[];
  addedColumns: { sheet: string; headers: string[] }[];
  addedRows: { sheet: string; labels: string[] }[];
}

function seedRows(spec: SheetSpec, model: TableModel<string>, created: boolean): string[] {
  if (!spec.initialRows || (!created && !KEYED_ROWS.has(spec.name))) return [];
  const first = spec.columns[0].key;
  const present = new Set(model.rows.map((r) => normalizeText(model.text(r, first))));
  const added: string[] = [];
  for (const initial of spec.initialRows) {
    const label = String(initial[0] ?? '');
    if (!created && present.has(normalizeText(label))) continue;
    model.append(Object.fromEntries(spec.columns.map((c, i) => [c.key, initial[i] ?? ''])));
    added.push(label);
  }
  return created ? [] : added;
}

function repairSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
  timeZone: string,
  report: WorkspaceRepair,
): void {
  const existing = findSheet(ss, spec.name);
  const sheet = existing ?? ss.insertSheet(spec.name, ss.getNumSheets());
  const before = existing ? readGrid(sheet, timeZone) : [];
  const model = TableModel.fromGrid<string>(before, spec);
  let headerCount = before[0]?.length ?? 0;
  while (headerCount > 0 && cellText(before[0][headerCount - 1]) === '') headerCount--;
  const newColumns = new Set(spec.columns.filter((c) => model.columnIndex(c.key) >= headerCount).map((c) => c.key));
  const addedRows = seedRows(spec, model, !existing);
  writeChanges(sheet, before, alignedGrid(before, model), model.ownColumns(), timeZone);
  applyLayout(sheet, {
    spec,
    columnOf: (key) => model.columnIndex(key) + 1,
    width: model.headers.length,
    newColumns: existing ? newColumns : new Set(spec.columns.map((c) => c.key)),
  });
  if (!existing) report.createdSheets.push(spec.name);
  else if (newColumns.size > 0)
    report.addedColumns.push({
      sheet: spec.name,
      headers: spec.columns.filter((c) => newColumns.has(c.key)).map((c) => c.header),
    });
  if (addedRows.length > 0) report.addedRows.push({ sheet: spec.name, labels: addedRows });
}

export function repairWorkspace(): WorkspaceRepair {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const report: WorkspaceRepair = { createdSheets: [], addedColumns: [], addedRows: [] };
    for (const spec of ADDON_SHEETS) repairSheet(ss, spec, timeZone, report);
    return report;
  });
}

export function describeRepair(r: WorkspaceRepair): string {
  const lines: string[] = [];
  if (r.createdSheets.length) lines.push(`Созданы листы: ${r.createdSheets.map((s) => `«${s}»`).join(', ')}.`);
  for (const c of r.addedColumns)
    lines.push(`На листе «${c.sheet}» добавлены столбцы (в конце): ${c.headers.map((h) => `«${h}»`).join(', ')}.`);
  for (const a of r.addedRows)
    lines.push(`На листе «${a.sheet}» добавлены строки: ${a.labels.map((l) => `«${l}»`).join(', ')}.`);
  if (lines.length === 0) lines.push('Все листы и столбцы на месте; проверены списки, форматы и защита заголовков.');
  lines.push('Ваши данные и собственные столбцы не изменены.');
  return lines.join('\n');
}

/** Menu: «Создать или восстановить рабочее пространство». */
export function createWorkspace(): void {
  runMenuAction('Рабочее пространство', () => {
    const report = repairWorkspace();
    alertCurator('Рабочее пространство готово', describeRepair(report));
  });
}
