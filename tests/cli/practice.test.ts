// `practice` over an xlsx workspace: a card pre-filled from a completed programme with aggregates
// only, sent to the REAL bank of practices (the sync service, on each store the service tests run
// on), returned and revised, accepted by the region's methodologist at the regional level, found in
// the catalogue by another Russian word form — and the author's achievement appended to
// «Достижения наставников».
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSheet } from '../../shared/meetings';
import type { PracticeCard } from '../../shared/practice';
import { measurementAnswerSheet, menteeSheet, pairSheet } from '../../shared/workspace';
import { backends, startBank, type Bank } from '../support/practice-bank';
import { loadWorkbook, runCli, sheetValues, tempDir } from './helpers';
import { fillRows, mentorRows, programmeWorkspace } from './programme-workspace';
import {
  groupMentees,
  MENTEE_DATA,
  practiceMeasurements,
  practiceMeetings,
  practicePairs,
} from '../practice/practice-workspace';

const SCHOOLS = [
  { id: '42-0003', name: 'МБОУ «Лицей № 3»', municipality: 'Новокузнецкий городской округ' },
  { id: '42-0009', name: 'МБОУ «Школа № 9»', municipality: 'Новокузнецкий городской округ' },
];

async function practiceWorkspace(dir: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  return programmeWorkspace(dir, (workbook) => {
    fillRows(workbook.getWorksheet(menteeSheet.name)!, menteeSheet, groupMentees);
    fillRows(workbook.getWorksheet(pairSheet.name)!, pairSheet, practicePairs.slice(4));
    fillRows(workbook.getWorksheet(meetingSheet.name)!, meetingSheet, practiceMeetings);
    fillRows(workbook.getWorksheet(measurementAnswerSheet.name)!, measurementAnswerSheet, practiceMeasurements);
    edit?.(workbook);
  });
}

const TODAY = ['--today', '01.06.2025'];

describe('practice --workbook --pair', () => {
  it('pre-fills the card of a completed group from the workspace, with no data of a mentee in it', async () => {
    const dir = await tempDir();
    const path = await practiceWorkspace(dir);
    const out = join(dir, 'card.json');
    const result = await runCli(['practice', '--workbook', path, '--pair', 'П5', '--out', out, ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const card = JSON.parse(await readFile(out, 'utf8')) as PracticeCard;
    expect(card).toEqual({
      schemaVersion: 1,
      practiceId: '42-0003-p-P5',
      schoolId: '42-0003',
      organizationName: 'МБОУ «Лицей № 3»',
      title: '',
      form: 'teacher-student',
      roleModel: 'молодой педагог-куратор – группа учащихся',
      targetGroup: 'обучающиеся 8-х классов',
      goal: '',
      content: '',
      results: [
        'Продолжительность программы: 8 месяцев',
        'Наставнических пар и групп: 1, завершили программу: 1',
        'Проведено встреч: 3',
        '«Гибкие навыки»: в среднем 5,0 на входе и 7,0 на выходе (наставляемых: 3)',
      ],
      // 01.10.2024 → 20.05.2025 is 231 days: 7.6 months, 8 whole.
      programme: {
        durationMonths: 8,
        pairs: 1,
        completedPairs: 1,
        measurements: [{ parameter: 'Гибкие навыки', entryMean: 5, exitMean: 7, participants: 3 }],
      },
      materials: [],
      authors: [
        {
          mentorId: 'Н1',
          fullName: 'Сидоренко Галина Фёдоровна',
          position: '',
          yearsInPosition: 25,
          consentToPublishContacts: false,
        },
      ],
    });
    const json = JSON.stringify(card);
    for (const text of MENTEE_DATA) expect(json, text).not.toContain(text);
    expect(json).not.toContain(String(mentorRows[0].Email));
    expect(json).not.toContain(String(mentorRows[0].Телефон));
    expect(result.stderr).toContain('Перед отправкой заполните в файле карточки:\n  Тема практики: ');
    expect(result.stderr).toContain('  Автор 1, должность: ');
    expect(result.stdout).toContain('Карточка записана: card.json.');
  });

  it('leaves out the means of fewer than three mentees, and refuses a programme not completed', async () => {
    const dir = await tempDir();
    const path = await practiceWorkspace(dir);
    const single = await runCli(['practice', '--workbook', path, '--pair', 'П3', ...TODAY]);
    expect(single.code).toBe(0);
    const card = JSON.parse(single.stdout) as PracticeCard;
    expect(card.programme).toEqual({ durationMonths: 6, pairs: 1, completedPairs: 1 });
    expect(single.stdout).not.toContain('9');
    expect(single.stderr).toContain(
      'меньше 3 наставляемых («Гибкие навыки»): такое среднее раскрыло бы ответы конкретных детей',
    );

    const open = await runCli(['practice', '--workbook', path, '--pair', 'П1', ...TODAY]);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain(
      'Упаковать в практику можно завершённую программу, а пара П1 не завершена (статус «утверждена»)',
    );

    // By mentor: Н1's pairs П1, П4 (working) and the group П5 (completed).
    const mentor = await runCli(['practice', '--workbook', path, '--pair', 'Сидоренко Галина Фёдоровна', ...TODAY]);
    expect(mentor.code).toBe(0);
    const byMentor = JSON.parse(mentor.stdout) as PracticeCard;
    expect(byMentor.practiceId).toBe('42-0003-m-N1');
    expect(byMentor.programme).toMatchObject({ pairs: 3, completedPairs: 1 });

    // A row with a problem is left out of the figures, named, and exit 3 says so.
    const broken = await practiceWorkspace(await tempDir(), (workbook) => {
      workbook.getWorksheet(pairSheet.name)!.getRow(3).getCell(9).value = 'непонятно';
    });
    const partial = await runCli(['practice', '--workbook', broken, '--pair', 'П5', ...TODAY]);
    expect(partial.code).toBe(3);
    expect(partial.stderr).toMatch(
      /Строки с ошибками не учтены \(1\)[^\n]*\n {2}Лист «Пары», строка 3, столбец I «Статус»/,
    );
    expect((JSON.parse(partial.stdout) as PracticeCard).programme).toMatchObject({ pairs: 1, completedPairs: 1 });

    const unknown = await runCli(['practice', '--workbook', path, '--pair', 'П99']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('«П99» — нет ни пары с таким ID в листе «Пары», ни наставника');
  });
});

function finished(card: PracticeCard): PracticeCard {
  return {
    ...card,
    title: 'Наставник для группы восьмиклассников',
    goal: 'Развить у подростков навыки работы в команде',
    content: 'Еженедельные встречи группы с наставником, проектная работа',
    authors: [{ ...card.authors[0], position: 'учитель математики' }],
  };
}

/** UTC midnight of the day `iso` falls on in this process's time zone (the CLI writes dates so). */
function localDay(iso: string): string {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString();
}

for (const backend of backends()) {
  describe(`practice push and practice refresh against the real bank (${backend.name})`, () => {
    let bank: Bank;
    let SCHOOL: string;
    let OTHER: string;
    beforeAll(async () => {
      bank = await startBank(backend, SCHOOLS, 'in-process');
      SCHOOL = bank.schoolTokens['42-0003']!;
      OTHER = bank.schoolTokens['42-0009']!;
    }, 60_000);
    afterAll(() => bank?.stop());

    const refresh = (path: string, token = SCHOOL) =>
      runCli(['practice', 'refresh', '--workbook', path, '--url', bank.url, '--token', token, '--write']);

    it("submit → return → revise → accept at the regional level → the school sees it → the catalogue finds it → the author's achievement, once", async () => {
      const dir = await tempDir();
      const path = await practiceWorkspace(dir);
      const out = join(dir, 'card.json');
      expect((await runCli(['practice', '--workbook', path, '--pair', 'П5', '--out', out, ...TODAY])).code).toBe(0);
      const draft = JSON.parse(await readFile(out, 'utf8')) as PracticeCard;

      // An unfinished card never leaves.
      const before = bank.received.length;
      const refused = await runCli(['practice', 'push', out, '--url', bank.url, '--token', SCHOOL]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Карточка «card.json», Тема практики: ');
      // Contacts without the author's consent are refused too.
      await writeFile(
        out,
        JSON.stringify({
          ...finished(draft),
          authors: [{ ...finished(draft).authors[0], email: 'galina.sidorenko@example.ru' }],
        }),
      );
      const contacts = await runCli(['practice', 'push', out, '--url', bank.url, '--token', SCHOOL]);
      expect(contacts.code).toBe(1);
      expect(contacts.stderr).toContain('адрес электронной почты указывается только с согласием автора');
      expect(bank.received.length).toBe(before);

      // The card says «Наставник», «наставником» — never «наставника», the word the catalogue is searched by.
      const card = finished(draft);
      expect(JSON.stringify(card)).toContain('Наставник');
      expect(JSON.stringify(card).toLowerCase()).not.toContain('наставника');
      await writeFile(out, JSON.stringify(card, null, 2));
      const sent = await runCli(['practice', 'push', out, '--url', bank.url, '--token', SCHOOL]);
      expect(sent.stdout).toBe(
        'Карточка практики «42-0003-p-P5» принята на рассмотрение (201) — первая редакция; статус в банке региона: submitted.\n',
      );
      const foreign = await runCli(['practice', 'push', out, '--url', bank.url, '--token', OTHER]);
      expect(foreign.code).toBe(1);
      expect(foreign.stderr).toContain('Карточка не принята (403)');
      expect(await bank.catalogueSearch('наставника')).toEqual([]);

      // The region returns it with a comment; the workspace shows the comment.
      const comment = 'Добавьте ссылку на план встреч';
      expect((await bank.review('42-0003-p-P5', { decision: 'return', comment })).status).toBe(200);
      const returned = await refresh(path);
      expect(returned.code, returned.stderr).toBe(0);
      expect(returned.stdout).toContain(
        `42-0003-p-P5 «Наставник для группы восьмиклассников» — возвращена на доработку, редакция 1; комментарий региона: ${comment}`,
      );
      let workbook = await loadWorkbook(path);
      expect(sheetValues(workbook.getWorksheet('Практики')!)[1].slice(3, 7)).toEqual([
        'возвращена на доработку',
        '',
        comment,
        '1',
      ]);

      // The revision: the comment is gone, the card waits again.
      const again = await runCli(['practice', 'push', out, '--url', bank.url, '--token', SCHOOL]);
      expect(again.stdout).toContain('принята (200) — редакция 2');
      const look = await refresh(path);
      expect(look.code, look.stderr).toBe(0);
      expect(look.stdout).toContain(
        '42-0003-p-P5 «Наставник для группы восьмиклассников» — на рассмотрении, редакция 2\n',
      );
      workbook = await loadWorkbook(path);
      expect(sheetValues(workbook.getWorksheet('Практики')!)[1].slice(0, 6)).toEqual([
        '42-0003-p-P5',
        'Наставник для группы восьмиклассников',
        'Сидоренко Галина Фёдоровна',
        'на рассмотрении',
        '',
        '',
      ]);

      // The methodologist accepts it to the regional bank; the school's own view shows it.
      const accepted = await bank.review('42-0003-p-P5', { decision: 'accept', level: 'regional' });
      expect(accepted.status).toBe(200);
      const [listed] = await bank.schoolView('42-0003');
      expect(listed).toMatchObject({
        practiceId: '42-0003-p-P5',
        revision: 2,
        status: 'accepted',
        level: 'regional',
        authors: [{ mentorId: 'Н1', fullName: 'Сидоренко Галина Фёдоровна' }],
      });
      expect(listed).not.toHaveProperty('comment');
      const reviewedAt = listed.reviewedAt!;
      expect(Math.abs(Date.parse(reviewedAt) - Date.now())).toBeLessThan(600_000);
      // The catalogue finds it by a word form the card does not have.
      expect(await bank.catalogueSearch('наставника')).toEqual(['42-0003-p-P5']);

      // Accepted, but the workbook (made before the rating existed) has no «Достижения наставников»:
      // the achievement waits in a hidden sheet.
      const older = await loadWorkbook(path);
      const made = older.getWorksheet('Достижения наставников');
      if (made) older.removeWorksheet(made.id);
      await older.xlsx.writeFile(path);
      const waiting = await refresh(path);
      expect(waiting.stdout).toContain(
        '42-0003-p-P5 «Наставник для группы восьмиклассников» — принята в банк, региональный банк, редакция 2',
      );
      expect(waiting.stdout).toContain(
        'Достижения авторов (1) сохранены до появления листа: листа «Достижения наставников» нет',
      );
      workbook = await loadWorkbook(path);
      expect(workbook.getWorksheet('Ожидающие достижения')!.state).toBe('hidden');
      const practices = sheetValues(workbook.getWorksheet('Практики')!);
      expect(practices[1].slice(3, 7)).toEqual(['принята в банк', 'региональный', '', '2']);
      expect(practices[1][8]).toBe(localDay(reviewedAt));
      expect(practices[1][9]).toBe(`${bank.url}/catalogue/42-0003-p-P5`);

      // The rating's sheet appears with a row the curator typed; the next refresh appends the achievement.
      const headers = [
        'ID наставника',
        'Наставник',
        'Вид достижения',
        'Уровень',
        'Дата',
        'Подтверждающий документ или ссылка',
        'Источник',
      ];
      const curatorRow = [
        'Н2',
        'Жуков Роман Алексеевич',
        'Конкурс',
        'муниципальный',
        new Date(Date.UTC(2025, 3, 1)),
        'Приказ № 5',
        '',
      ];
      const sheet = workbook.addWorksheet('Достижения наставников');
      sheet.addRow(headers);
      sheet.addRow(curatorRow);
      await workbook.xlsx.writeFile(path);
      const written = await refresh(path);
      expect(written.stdout).toContain(
        'В «Достижения наставников» добавлены достижения авторов: 1 (Сидоренко Галина Фёдоровна, региональный).',
      );
      const twice = await refresh(path);
      expect(twice.stdout).toContain('Уже записанных раньше достижений: 1 — не повторяются.');
      workbook = await loadWorkbook(path);
      expect(workbook.getWorksheet('Ожидающие достижения')).toBeUndefined();
      const rows = sheetValues(workbook.getWorksheet('Достижения наставников')!);
      expect(rows).toEqual([
        headers,
        ['Н2', 'Жуков Роман Алексеевич', 'Конкурс', 'муниципальный', '2025-04-01T00:00:00.000Z', 'Приказ № 5', ''],
        [
          'Н1',
          'Сидоренко Галина Фёдоровна',
          'Практика в банке практик',
          'региональный',
          localDay(reviewedAt),
          `${bank.url}/catalogue/42-0003-p-P5`,
          'регион: банк практик (42-0003-p-P5)',
        ],
      ]);
      // Nothing the workspace sent named a mentee.
      for (const body of bank.received.slice(before)) for (const text of MENTEE_DATA) expect(body).not.toContain(text);
    }, 60_000);

    it('names what is wrong with the call or the token', async () => {
      const dir = await tempDir();
      const path = await practiceWorkspace(dir);
      const foreign = await runCli(['practice', 'refresh', '--workbook', path, '--url', bank.url, '--token', OTHER]);
      expect(foreign.code).toBe(1);
      expect(foreign.stderr).toContain('Статусы практик не получены (403)');
      const unknown = await runCli(['practice', 'refresh', '--workbook', path, '--url', bank.url, '--token', 'nobody']);
      expect(unknown.stderr).toContain('(401)');
      // One token in 64 the service issues begins with «-» (base64url): it still reaches the service.
      const dashed = await runCli([
        'practice',
        'refresh',
        '--workbook',
        path,
        '--url',
        bank.url,
        '--token',
        '-x9Zt_unknown',
      ]);
      expect(dashed.stderr).toContain('Статусы практик не получены (401)');
      const forgotten = await runCli([
        'practice',
        'refresh',
        '--workbook',
        path,
        '--url',
        bank.url,
        '--token',
        '--write',
      ]);
      expect(forgotten).toMatchObject({ code: 2, stderr: expect.stringContaining('после --token нужен токен') });
      expect((await runCli(['practice', '--workbook', path])).stderr).toContain('укажите --pair');
      expect((await runCli(['practice', 'push'])).stderr).toContain('укажите файл карточки');
      expect((await runCli(['practice', 'refresh', '--workbook', path, '--url', bank.url])).stderr).toContain(
        'укажите --token',
      );
    });
  });
}
