// docs/school-report-v1.md describes the school report v1 as shared/report validates it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORM_CODES,
  MAX_COUNT,
  MAX_ENTERPRISES,
  MAX_PAIR_ROWS,
  parseSchoolReport,
  REPORT_FIELD_LABELS,
  SCHOOL_KIND_LABELS,
} from '../../shared/report';
import { REPORT_SHEET_HEADERS, REPORT_SHEETS } from '../../shared/report/sheet';
import { FIRST_PERIOD } from '../../sync-service/src/routes/reports';
import { sampleReport } from '../report/sample-report';

const page = readFileSync(join(import.meta.dirname, '../../docs/school-report-v1.md'), 'utf8');
const flat = page.replace(/\s+/g, ' ');
const count = (n: number) => n.toLocaleString('ru-RU').replace(/\s/g, ' ');

describe('docs/school-report-v1.md', () => {
  it('has a row for every field with its Russian label', () => {
    for (const [path, label] of Object.entries(REPORT_FIELD_LABELS)) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${path}\``) || line.includes(`, \`${path}\` |`));
      expect(row, path).toBeDefined();
      // The label up to its parenthesis: the table words the satisfaction rows as «Из них …».
      if (!path.endsWith('.satisfied')) expect(row).toContain(label.replace(/ \(.*$/, ''));
    }
    for (const code of FORM_CODES) expect(page).toContain(`\`${code}\``);
    for (const kind of Object.keys(SCHOOL_KIND_LABELS)) expect(page).toContain(`\`${kind}\``);
  });

  it('states the limits the service enforces', () => {
    expect(flat).toContain(`до ${count(MAX_COUNT)}`);
    expect(flat).toContain(`не больше ${count(MAX_ENTERPRISES)}`);
    expect(flat).toContain(`не больше ${count(MAX_PAIR_ROWS)} строк`);
    expect(flat).toContain(`от ${FIRST_PERIOD} до следующего`);
  });

  it('names the sheets and headers of the report spreadsheet', () => {
    for (const key of Object.keys(REPORT_SHEETS) as (keyof typeof REPORT_SHEETS)[]) {
      const row = page.split('\n').find((line) => line.startsWith(`| «${REPORT_SHEETS[key]}» |`));
      expect(row, REPORT_SHEETS[key]).toContain(REPORT_SHEET_HEADERS[key].map((h) => `\`${h}\``).join(', '));
    }
  });

  it('shows an example the schema accepts', () => {
    const example = /```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(parseSchoolReport(JSON.parse(example!))).toMatchObject({ ok: true });
    expect(Object.keys(JSON.parse(example!))).toEqual(Object.keys(sampleReport()));
  });
});
