// The new-year plan on plain grids: what changes, what is left alone, and the refusal.
import { describe, expect, it } from 'vitest';
import { planNewYear, SUMMARY_SHEET, type SheetGrid } from '../../shared/new-year';
import { roadmapSheet } from '../../shared/roadmap';
import { headersOf, pairSheet, settingsSheet } from '../../shared/workspace';

const pairs = (rows: string[][]): SheetGrid => ({
  name: 'Пары',
  grid: [
    [...headersOf(pairSheet)],
    ...rows.map(([id, status]) =>
      headersOf(pairSheet).map((h) =>
        h === 'ID пары'
          ? id
          : h === 'Статус'
            ? status
            : h === 'Наставник ID'
              ? 'Н1'
              : h === 'Наставляемый ID'
                ? `У-${id}`
                : '',
      ),
    ),
  ],
});
const settings = (extra: string[][] = []): SheetGrid => ({
  name: 'Настройки',
  grid: [[...headersOf(settingsSheet)], ['Наименование организации', 'Школа № 1', ''], ...extra],
});
const request = { newYear: 2027, activePairs: 'carry' as const, today: '2027-08-25' };

describe('planNewYear', () => {
  it('archives every sheet as it is plus the summary, and leaves sheets it does not know alone', () => {
    const own: SheetGrid = {
      name: 'Достижения наставников',
      grid: [
        ['ID наставника', 'Вид достижения'],
        ['Н1', 'Конкурс'],
      ],
    };
    const sheets = [
      pairs([
        ['П1', 'утверждена'],
        ['П2', 'завершена'],
      ]),
      own,
      settings(),
    ];
    const result = planNewYear(sheets, request);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.archive.map((s) => s.name)).toEqual([
      'Пары',
      'Достижения наставников',
      'Настройки',
      SUMMARY_SHEET,
    ]);
    expect(result.plan.archive[1]).toEqual(own);
    expect(result.plan.untouched).toEqual(['Достижения наставников']);
    expect(result.plan.archiveTitle).toBe('Наставничество — архив 2026/2027 — Школа № 1');
    const kept = result.plan.changes.find((c) => c.name === 'Пары')!.grid;
    expect(kept.map((r) => r[0])).toEqual(['ID пары', 'П1', '']);
  });

  it('lays the roadmap out for the new year and keeps the curator’s own column there', () => {
    const header = [...headersOf(roadmapSheet), 'Моя отметка'];
    const old = [header, header.map((h) => (h === 'Мероприятие' ? 'Старое' : h === 'Моя отметка' ? 'сделано' : ''))];
    const result = planNewYear([{ name: 'Дорожная карта', grid: old }, settings()], request);
    if (!result.ok) throw new Error(result.reason);
    const grid = result.plan.changes.find((c) => c.name === 'Дорожная карта')!.grid;
    expect(grid[1][header.indexOf('Моя отметка')]).toBe('сделано');
    expect(grid[1][header.indexOf('Мероприятие')]).not.toBe('Старое');
    expect(grid.length).toBeGreaterThan(30);
  });

  it('names the summary sheet apart from a sheet of the same name, and refuses a year archived already', () => {
    const clash: SheetGrid = { name: SUMMARY_SHEET, grid: [['моё']] };
    const first = planNewYear([clash, settings()], request);
    if (!first.ok) throw new Error(first.reason);
    expect(first.plan.archive.at(-1)!.name).toBe(`${SUMMARY_SHEET} (2)`);
    const again = planNewYear(
      [settings([['Архив 2026/2027', 'https://docs.google.com/spreadsheets/d/abc', '']])],
      request,
    );
    expect(again).toEqual({
      ok: false,
      reason: expect.stringContaining(
        '2026/2027 учебный год уже перенесён в архив (https://docs.google.com/spreadsheets/d/abc)',
      ),
    });
  });
});
