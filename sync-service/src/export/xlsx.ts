// XLSX workbook of the consolidated tables: a sheet per level, frozen headers, percent format,
// and each percent coloured against its target.
import ExcelJS from 'exceljs';
import { INDICATOR_KEYS, INDICATORS, type IndicatorTables } from '../../../shared/indicators';
import { LEVELS, wideTable, type Column, type WideTable } from './wide-table';

/** Fill colours (Excel's own conditional-format palette). */
export const TARGET_FILLS = {
  /** percent ≥ target */
  met: 'FFC6EFCE',
  /** percent ≥ 80 % of target */
  close: 'FFFFEB9C',
  /** percent below 80 % of target */
  below: 'FFFFC7CE',
} as const;

/** How close a percent is to its target; null when either is unknown. */
export function targetStatus(percent: number | null, target: number | null): keyof typeof TARGET_FILLS | null {
  if (percent === null || target === null) return null;
  if (percent >= target) return 'met';
  return percent >= 0.8 * target ? 'close' : 'below';
}

const HEADER_FILL = 'FFE7ECF3';

function columnWidth(column: Column): number {
  if (column.kind === 'text') return column.header === 'Организация' ? 44 : 26;
  if (column.kind === 'datetime') return 18;
  return column.indicator ? 14 : 12;
}

function addTableSheet(book: ExcelJS.Workbook, table: WideTable): void {
  const leading = table.columns.findIndex((c) => c.indicator !== undefined);
  const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: leading, ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: columnWidth(c) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 48;
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));

  for (const values of table.rows) {
    const row = sheet.addRow(
      values.map((v, i) => {
        const kind = table.columns[i].kind;
        if (v === null) return null;
        // toPrecision drops the binary noise of the division: 24.1 / 100 is 0.24100000000000002.
        if (kind === 'percent' || kind === 'target') return Number(((v as number) / 100).toPrecision(12));
        if (kind === 'datetime') return new Date(v);
        return v;
      }),
    );
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.kind === 'percent' || column.kind === 'target') cell.numFmt = '0.0%';
      if (column.kind === 'datetime') cell.numFmt = 'dd.mm.yyyy hh:mm';
      if (column.kind === 'percent') {
        // The target is the next column of the same indicator.
        const status = targetStatus(values[i] as number | null, values[i + 1] as number | null);
        if (status) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TARGET_FILLS[status] } };
      }
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

function addMissingSheet(book: ExcelJS.Workbook, tables: IndicatorTables): void {
  const sheet = book.addWorksheet('Не прислали отчёт', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Муниципалитет', width: 26 },
    { header: 'Код ОО', width: 14 },
    { header: 'Организация', width: 44 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const s of tables.missing) sheet.addRow([s.municipality, s.id, s.name]);
}

function addNotesSheet(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet('Пояснения');
  sheet.columns = [{ width: 34 }, { width: 90 }];
  const rows: Array<[string, string, string?]> = [
    [
      'Как считаются доли',
      'Выше уровня организации — сумма числителей, делённая на сумму знаменателей (не среднее процентов); предприятие учитывается один раз по ИНН.',
    ],
    ['Цвет процента', 'Сравнение с целевым значением года:'],
    ['', 'цель достигнута', TARGET_FILLS.met],
    ['', 'не меньше 80 % цели', TARGET_FILLS.close],
    ['', 'меньше 80 % цели', TARGET_FILLS.below],
    ['', 'без цвета — нет знаменателя или цели'],
    ...INDICATOR_KEYS.map((k): [string, string] => [
      INDICATORS[k].shortLabel,
      `${INDICATORS[k].label}. Числитель — ${INDICATORS[k].numeratorLabel}, знаменатель — ${INDICATORS[k].denominatorLabel}.`,
    ]),
  ];
  for (const [a, b, fill] of rows) {
    const row = sheet.addRow([a, b]);
    row.getCell(2).alignment = { wrapText: true };
    if (fill) row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  sheet.getColumn(1).font = { bold: true };
}

export async function toXlsx(tables: IndicatorTables): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = '«Наставник»';
  for (const level of LEVELS) addTableSheet(book, wideTable(tables, level));
  addMissingSheet(book, tables);
  addNotesSheet(book);
  // exceljs types its Node Buffer as an ArrayBuffer; it is a Uint8Array at run time.
  return new Uint8Array(await book.xlsx.writeBuffer());
}
