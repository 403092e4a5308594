// The workbook layout as data: the add-on and the CLI `init` both build the workspace from it,
// and the readers in shared/registry find columns by these headers.

export interface ColumnSpec<K extends string = string> {
  /** Stable English key used by code; never shown to the curator. */
  key: K;
  /** The header written into row 1. */
  header: string;
  /** Other headers accepted when reading (matched like the header itself). */
  aliases?: readonly string[];
  /** A sheet without this column cannot be read. */
  required?: boolean;
  /** Values offered in a dropdown; only for columns holding one value per cell. */
  dropdown?: readonly string[];
  /** The cell holds a list separated by `;` or `,`. */
  list?: boolean;
  /** Short Russian hint for the curator (a note on the header cell). */
  note?: string;
  /** Column width in characters. */
  width: number;
}

export interface SheetSpec<K extends string = string> {
  /** Sheet name as the curator sees it. */
  name: string;
  columns: readonly ColumnSpec<K>[];
  /** Rows frozen at the top (the header row). */
  frozenRows: number;
  /** Rows written under the headers when the workspace is created. */
  initialRows?: readonly (readonly (string | number)[])[];
}

/** The headers of a sheet in order, as written by `init`. */
export function headersOf(sheet: SheetSpec): string[] {
  return sheet.columns.map((column) => column.header);
}
