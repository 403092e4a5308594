import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../cli/csv-input';
import { plainCsvRecords } from '../../cli/csv-records';

const OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false };
const csvParse = (text: string, delimiter: string): string[][] => parse(text, { ...OPTIONS, delimiter });

/** Deterministic pseudo-random texts of CSV's special characters and a few letters. */
function* texts(count: number, alphabet: readonly string[]): Generator<string> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 24);
    for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
    yield text;
  }
}

describe('the fast CSV reader', () => {
  it('reads plain files: quoted fields with "" and line breaks, empty lines and fields, LF or CRLF', () => {
    expect(plainCsvRecords('ID,ФИО\nН1,"Иванов, ""Пётр""\nстарший"\n\n,\n', ',')).toEqual([
      ['ID', 'ФИО'],
      ['Н1', 'Иванов, "Пётр"\nстарший'],
      [''],
      ['', ''],
    ]);
    expect(plainCsvRecords('a;b\r\nc;"d\r\ne"\r\n', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd\r\ne'],
    ]);
    expect(plainCsvRecords('a\tb', '\t')).toEqual([['a', 'b']]);
  });

  it('leaves what it cannot be sure of to csv-parse', () => {
    for (const text of ['a,b"c\n', 'a,"b"c\n', 'a,"b\n', 'a\r\nb\n', 'a\nb\r\n', 'a\rb\r', 'a, "b"\n']) {
      expect(plainCsvRecords(text, ','), text).toBeUndefined();
    }
  });

  it('agrees with csv-parse on every text it reads (thousands of generated ones)', () => {
    let read = 0;
    for (const delimiter of [',', ';']) {
      for (const text of texts(8_000, ['a', 'я', ' ', ',', ';', '"', '"', '\n', '\r\n', '\r'])) {
        const fast = plainCsvRecords(text, delimiter);
        if (fast === undefined) continue;
        read++;
        expect(fast, JSON.stringify(text)).toEqual(csvParse(text, delimiter));
      }
    }
    // Most generated texts are plain enough for the fast reader: the comparison covers it well.
    expect(read).toBeGreaterThan(1_500);
  });

  it('readCsv gives csv-parse’s records for files the fast reader leaves alone', async () => {
    const text = 'ID,ФИО\r\nН1,Иванов "Пётр"\nН2,"Петров"\r\n';
    const read = await readCsv(new TextEncoder().encode(text), 'Наставники');
    expect(read.grid).toEqual(csvParse(text, ','));
    const broken = await readCsv(new TextEncoder().encode('ID,ФИО\nН1,"Иванов\n'), 'Наставники');
    expect(broken.grid).toBeNull();
    expect(broken.problems[0].message).toContain('незакрытая кавычка');
  });
});
