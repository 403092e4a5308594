// Import of questionnaire answers: the dialog's handlers. Reads the responses sheet and the
// registry once each, writes the registry's changed block once, under the document lock.
// Safe to re-run: answers are matched against the registry as it is now (the same person is
// updated or skipped, never added twice), and the mark of imported answers is saved only after the
// registry is written. Three service calls whatever the number of answers: no run budget needed.
import {
  NOTHING_IMPORTED,
  applyRememberedMapping,
  mappingTargets,
  newResponseRows,
  planImport,
  registrySpec,
  similarity,
  suggestMapping,
  type Registry,
} from '../../../shared/questionnaire';
import { cellText } from '../../../shared/tables';
import { ADDON_SHEETS } from '../workspace/create-workspace';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, readGrid, requireSheet, timeZoneOf, writeChanges } from '../sheets/workbook';
import { runMenuAction, showDialog } from '../ui';
import { importStateOf, rememberImport } from './import-state';
import type {
  ImportApi,
  ImportDialogData,
  ImportPreview,
  ImportRequest,
  ImportResult,
  RegistryKey,
} from './import-wire';

const REGISTRIES: Registry[] = ['mentors', 'mentees'];

function responsesSheet(sheetId: number): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = activeSpreadsheet()
    .getSheets()
    .find((s) => s.getSheetId() === sheetId);
  if (!sheet) throw new Error('Лист с ответами не найден: возможно, его удалили. Откройте импорт заново.');
  return sheet;
}

function headersOf(grid: unknown[][]): string[] {
  const headers = (grid[0] ?? []).map((h) => cellText(h));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return headers;
}

/** The registry whose columns the headers resemble more. */
function guessRegistry(headers: string[]): Registry {
  const score = (registry: Registry) => {
    const columns = registrySpec(registry).columns;
    const mapping = suggestMapping(headers, registry);
    return mapping.reduce(
      (sum, key, i) =>
        key === null
          ? sum
          : sum +
            similarity(
              registry,
              headers[i],
              columns.find((c) => c.key === key)!,
            ),
      0,
    );
  };
  return score('mentors') >= score('mentees') ? 'mentors' : 'mentees';
}

export function importDialogData(): ImportDialogData {
  const ss = activeSpreadsheet();
  const own = new Set(ADDON_SHEETS.map((s) => s.name));
  const sheets = ss
    .getSheets()
    .filter((s) => !own.has(s.getName()))
    .map((s) => ({ sheetId: s.getSheetId(), name: s.getName(), linkedToForm: Boolean(s.getFormUrl()) }));
  sheets.sort((a, b) => Number(b.linkedToForm) - Number(a.linkedToForm));
  return { sheets, registries: REGISTRIES.map((key) => ({ key, sheet: registrySpec(key).name })) };
}

export function previewImport(sheetId: number, registry: RegistryKey | null): ImportPreview {
  const ss = activeSpreadsheet();
  const sheet = responsesSheet(sheetId);
  const grid = readGrid(sheet, timeZoneOf(ss));
  const headers = headersOf(grid);
  if (headers.length === 0)
    throw new Error(`Лист «${sheet.getName()}» пуст: в первой строке должны быть вопросы анкеты.`);
  const state = importStateOf(sheetId);
  const chosen: Registry = registry ?? state?.registry ?? guessRegistry(headers);
  const mapping =
    state && state.registry === chosen
      ? applyRememberedMapping(headers, chosen, state.mapping)
      : suggestMapping(headers, chosen);
  const { rows } = newResponseRows(grid, state?.mark ?? NOTHING_IMPORTED);
  const total = grid.slice(1).filter((r) => r.some((c) => cellText(c) !== '')).length;
  return {
    sheetId,
    sheetName: sheet.getName(),
    registry: chosen,
    headers,
    mapping,
    targets: mappingTargets(chosen),
    totalAnswers: total,
    newAnswers: rows.length,
  };
}

export function importAnswers(request: ImportRequest): ImportResult {
  if (!REGISTRIES.includes(request.registry)) throw new Error(`Неизвестный реестр «${String(request.registry)}».`);
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const sheet = responsesSheet(request.sheetId);
    const responses = readGrid(sheet, timeZone);
    const headers = headersOf(responses);
    if (request.mapping.length !== headers.length)
      throw new Error('Вопросы анкеты изменились, пока был открыт импорт. Откройте импорт заново.');
    const valid = new Set(mappingTargets(request.registry).map((t) => t.key));
    for (const key of request.mapping)
      if (key !== null && !valid.has(key)) throw new Error(`Нельзя загрузить ответ в столбец «${key}».`);

    const spec = registrySpec(request.registry);
    const registrySheet = requireSheet(ss, spec.name);
    const registryGrid = readGrid(registrySheet, timeZone);
    const state = importStateOf(request.sheetId);
    const mark = state && state.registry === request.registry ? (state.mark ?? NOTHING_IMPORTED) : NOTHING_IMPORTED;
    const plan = planImport({ registry: request.registry, responses, mapping: request.mapping, registryGrid, mark });

    writeChanges(registrySheet, registryGrid, alignedGrid(registryGrid, plan.model), plan.model.ownColumns(), timeZone);
    const mapping: Record<string, string | null> = {};
    headers.forEach((h, i) => (mapping[h] = request.mapping[i]));
    rememberImport(request.sheetId, { registry: request.registry, mapping, mark: plan.next });
    const s = plan.summary;
    return {
      registrySheet: registrySheet.getName(),
      considered: plan.considered,
      added: s.added,
      updated: s.updated,
      skipped: s.skipped,
      warnings: s.warnings,
      noConsent: s.noConsent,
    };
  });
}

/** Menu: «Импортировать ответы анкеты…». */
export function openImportDialog(): void {
  runMenuAction('Импорт ответов', () => {
    const ss = activeSpreadsheet();
    for (const registry of REGISTRIES) requireSheet(ss, registrySpec(registry).name);
    showDialog('import', 'Импорт ответов анкеты', 760, 560);
  });
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type ImportHandlers = Fits<
  ImportApi,
  {
    importDialogData: typeof importDialogData;
    previewImport: typeof previewImport;
    importAnswers: typeof importAnswers;
  }
>;
