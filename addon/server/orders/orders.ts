// The orders dialog's handlers and menu items. An order is a Google Doc copied from the editable
// template into the documents folder; the pairs order writes its reference into `Приказ` of «Пары»
// (the product's own sheet), so the next order lists only pairs confirmed since.
import {
  ORDER_TITLES,
  checkDetails,
  mentorsForOrder,
  orderFileName,
  orderReference,
  pairOrderContent,
  pairsForOrder,
  registryOrderContent,
  type OrderDetails,
  type OrderKind,
} from '../../../shared/orders';
import { readMentors, readPairs, readSettings, type WorkspaceSettings } from '../../../shared/registry';
import { TableModel, formatProblem, type TableProblem } from '../../../shared/tables';
import { mentorSheet, pairSheet, settingsSheet } from '../../../shared/workspace';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, findSheet, readGrid, requireSheet, timeZoneOf, writeChanges } from '../sheets/workbook';
import { runMenuAction } from '../ui';
import { fillOrder } from './order-document';
import { existingOrderTemplate, orderTemplate } from './order-template';
import type { OrderDialogData, OrderKindKey, OrderRequest, OrderResult, OrdersApi } from './orders-wire';

const KINDS: OrderKind[] = ['pairs', 'registry'];

function settingsOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): { settings: WorkspaceSettings; problems: TableProblem[] } {
  const sheet = findSheet(ss, settingsSheet.name);
  return sheet ? readSettings(readGrid(sheet, timeZone)) : { settings: { weights: {} }, problems: [] };
}

function today(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'dd.MM.yyyy');
}

export function orderDialogData(kind: OrderKindKey): OrderDialogData {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const { settings } = settingsOf(ss, timeZone);
  const pairsSheet = findSheet(ss, pairSheet.name);
  const pairs = pairsSheet ? readPairs(readGrid(pairsSheet, timeZone)).records : [];
  const mentorsSheet = findSheet(ss, mentorSheet.name);
  const mentors = mentorsSheet ? readMentors(readGrid(mentorsSheet, timeZone), { requireRows: false }).mentors : [];
  const date = today(timeZone);
  const templateUrls: OrderDialogData['templateUrls'] = {};
  const foreignTemplates: OrderDialogData['foreignTemplates'] = {};
  for (const k of KINDS) {
    const template = existingOrderTemplate(k);
    if (template) templateUrls[k] = template.url;
    if (template?.owner) foreignTemplates[k] = template.owner;
  }
  return {
    kind: KINDS.includes(kind) ? kind : 'pairs',
    titles: ORDER_TITLES,
    defaults: {
      pairs: { number: settings.pairOrderNumber ?? '', date: settings.pairOrderDate ?? date },
      registry: { number: settings.registryOrderNumber ?? '', date: settings.registryOrderDate ?? date },
    },
    signatory: settings.directorName ?? '',
    position: settings.directorPosition ?? '',
    counts: {
      newPairs: pairsForOrder(pairs, false).length,
      confirmedPairs: pairsForOrder(pairs, true).length,
      mentors: mentorsForOrder(mentors).included.length,
    },
    templateUrls,
    foreignTemplates,
  };
}

function details(request: OrderRequest): OrderDetails {
  const d: OrderDetails = {
    number: String(request.number ?? '').trim(),
    date: String(request.date ?? '').trim(),
    signatory: String(request.signatory ?? '').trim(),
    position: String(request.position ?? '').trim(),
  };
  const problems = checkDetails(d);
  if (problems.length > 0) throw new Error(`Приказ не создан: ${problems.join('; ')}.`);
  return d;
}

function createPairOrder(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  d: OrderDetails,
  includeAll: boolean,
  own: boolean,
): OrderResult {
  const { settings, problems } = settingsOf(ss, timeZone);
  const sheet = requireSheet(ss, pairSheet.name);
  const grid = readGrid(sheet, timeZone);
  const pairs = pairsForOrder(readPairs(grid).records, includeAll);
  if (pairs.length === 0) {
    throw new Error(
      includeAll
        ? 'На листе «Пары» нет утверждённых пар. Сначала подберите и утвердите пары.'
        : 'Все утверждённые пары уже включены в приказы (столбец «Приказ» листа «Пары» заполнен). Чтобы перечислить их снова, отметьте «Все утверждённые пары».',
    );
  }
  const content = pairOrderContent(pairs, settings, d);
  const template = orderTemplate('pairs', own);
  const doc = fillOrder(template.id, orderFileName('pairs', d), content);

  const reference = orderReference(d);
  const model = TableModel.fromGrid(grid, pairSheet);
  const included = new Set(pairs.map((p) => p.row));
  for (const row of model.rows)
    if (row.sourceRow !== null && included.has(row.sourceRow)) model.set(row, { order: reference });
  writeChanges(sheet, grid, alignedGrid(grid, model), model.ownColumns(), timeZone);
  return {
    name: orderFileName('pairs', d),
    url: doc.url,
    templateUrl: template.url,
    count: pairs.length,
    reference,
    warnings: [...problems.map(formatProblem), ...content.warnings, ...template.warnings],
  };
}

function createRegistryOrder(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  d: OrderDetails,
  own: boolean,
): OrderResult {
  const { settings, problems } = settingsOf(ss, timeZone);
  const read = readMentors(readGrid(requireSheet(ss, mentorSheet.name), timeZone), { requireRows: false });
  const { included, left } = mentorsForOrder(read.mentors);
  if (included.length === 0)
    throw new Error('В реестре нет наставников с согласием на обработку ПДн и статусом, отличным от «выбыл».');
  const content = registryOrderContent(included, settings, d);
  const template = orderTemplate('registry', own);
  const doc = fillOrder(template.id, orderFileName('registry', d), content);
  return {
    name: orderFileName('registry', d),
    url: doc.url,
    templateUrl: template.url,
    count: included.length,
    reference: '',
    warnings: [
      ...problems.map(formatProblem),
      ...read.problems.map((p) => `${formatProblem(p)} — строка не вошла в приказ`),
      ...left.map((l) => `${l.mentor.fullName} (${l.mentor.id}) не включён: ${l.reason}`),
      ...content.warnings,
      ...template.warnings,
    ],
  };
}

export function createOrder(request: OrderRequest): OrderResult {
  if (!KINDS.includes(request.kind)) throw new Error(`Неизвестный вид приказа «${String(request.kind)}».`);
  const d = details(request);
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const own = request.ownTemplate === true;
    return request.kind === 'pairs'
      ? createPairOrder(ss, timeZone, d, Boolean(request.includeAll), own)
      : createRegistryOrder(ss, timeZone, d, own);
  });
}

function openOrderDialog(kind: OrderKind): void {
  runMenuAction('Приказы', () => {
    const html = HtmlService.createHtmlOutputFromFile('orders')
      .append(`<div id="order-kind" data-kind="${kind}" hidden></div>`)
      .setWidth(560)
      .setHeight(520);
    SpreadsheetApp.getUi().showModalDialog(html, 'Приказы');
  });
}

/** Menu: «Приказ о закреплении наставнических пар/групп». */
export function openPairOrderDialog(): void {
  openOrderDialog('pairs');
}

/** Menu: «Приказ об утверждении реестра наставников». */
export function openRegistryOrderDialog(): void {
  openOrderDialog('registry');
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type OrderHandlers = Fits<
  OrdersApi,
  { orderDialogData: typeof orderDialogData; createOrder: typeof createOrder }
>;
