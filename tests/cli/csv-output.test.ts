// The CLI's CSV writer keeps text that a spreadsheet would run as a formula as text.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../cli/csv-output';
import { parse } from 'csv-parse/sync';

describe('CLI CSV output', () => {
  it('puts an apostrophe before text starting with = + - @ tab or CR, as the service export does', () => {
    const csv = toCsv(
      ['ФИО', 'Организация', 'Балл'],
      [
        ['=IMPORTXML("http://x","//a")', '+7 912 000-00-00', -5],
        ['-Иванов', '@школа', 2.5],
        ['\tтаб', '\rвозврат', 0],
        ['Иванова Анна', 'Школа №1, Кемерово', 10],
      ],
    );
    const rows = parse(csv, { relax_column_count: true });
    expect(rows.slice(1)).toEqual([
      [`'=IMPORTXML("http://x","//a")`, "'+7 912 000-00-00", '-5'],
      ["'-Иванов", "'@школа", '2.5'],
      ["'\tтаб", "'\rвозврат", '0'],
      ['Иванова Анна', 'Школа №1, Кемерово', '10'],
    ]);
  });
});
