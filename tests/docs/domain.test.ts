// docs/domain.md names the forms, role models, categories, indicators and targets the code uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS, mentoringFormats } from '../../shared/catalogue';
import { menteeCategories, mentorCategories } from '../../shared/catalogue/categories';
import { INDICATOR_KEYS, INDICATORS } from '../../shared/indicators/definitions';
import { DEFAULT_TARGETS } from '../../shared/indicators/targets';
import { PARAMETERS } from '../../shared/monitoring';
import { ROADMAP_STAGES } from '../../shared/roadmap';

const page = readFileSync(join(import.meta.dirname, '../../docs/domain.md'), 'utf8');
/** The page as one line: prose wraps anywhere. */
const flat = page.replace(/\s+/g, ' ');
const rows = page.split('\n').filter((line) => line.startsWith('| '));
const rowOf = (first: string) => rows.find((row) => row.startsWith(`| ${first} |`));

describe('docs/domain.md', () => {
  it('has a row for every mentoring form with its code, mark, role models and categories', () => {
    for (const form of FORMS) {
      const row = rowOf(form.name);
      expect(row, form.name).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1]).toBe(`\`${form.code}\``);
      expect(cells[2]).toBe(form.abbreviation);
      expect(cells[3]).toBe(form.roleModels.join('; '));
      expect(cells[4]).toBe(form.mentorCategories.join(', '));
      expect(cells[5]).toBe(`${form.menteeCategories.join(', ')} |`);
    }
  });

  it('lists the categories, formats, stages and monitoring parameters', () => {
    expect(page).toContain(`наставники: ${mentorCategories.labels.join(', ')};`);
    expect(page).toContain(`наставляемые: ${menteeCategories.labels.join(', ')}.`);
    for (const format of mentoringFormats.labels) expect(flat).toContain(format);
    for (const stage of ROADMAP_STAGES) expect(page).toContain(`${stage.number}. ${stage.title}.`);
    for (const parameter of PARAMETERS) expect(flat.toLowerCase()).toContain(parameter.label.toLowerCase());
  });

  it('gives every indicator in the wording of Table 5 with its default targets', () => {
    const years = Object.keys(DEFAULT_TARGETS).sort();
    expect(page).toContain(`| Знаменатель | ${years.join(' | ')} |`);
    for (const key of INDICATOR_KEYS) {
      const row = rowOf(`\`${key}\``);
      expect(row, key).toBeDefined();
      const cells = row!.slice(2, -2).split(' | ');
      expect(cells[1]).toBe(INDICATORS[key].label);
      expect(cells.slice(4)).toEqual(years.map((year) => String(DEFAULT_TARGETS[year][key])));
    }
  });

  it('names the official sources by title', () => {
    expect(page).toContain('Распоряжение Минпросвещения России от 25.12.2019 № Р-145');
    expect(flat).toContain(
      '«Методическими рекомендациями по внедрению методологии (целевой модели) наставничества обучающихся',
    );
    expect(flat).toContain('таблица 5 «Целевые индикаторы реализации программы»');
  });
});
