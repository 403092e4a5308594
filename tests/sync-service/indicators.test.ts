// Exact consolidation through the API (an enterprise shared between schools, the population
// override, replaced reports), and the same tables as CSV and XLSX parsed back.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolReport } from '../../shared/report';
import { sampleReport } from '../report/sample-report';
import { ADMIN_TOKEN, backends, registerSchool, startService, type Service } from './harness';

const X = { inn: '7707083893', name: 'ООО «Икс»' };
const Y = { inn: '500100732259', name: 'ИП Петров' };
const Z = { inn: '7736207543', name: 'АО «Зет»' };

function report(
  id: string,
  c: number[],
  p: number[],
  enterprises: (typeof X)[],
  mentors: number[],
  mentees: number[],
): SchoolReport {
  const r = sampleReport({ id });
  r.contingent = { students10to19: c[0], students15to19: c[1], teachers: c[2], youngTeachers: c[3] };
  r.participants = {
    menteeStudents10to19: p[0],
    mentorStudents15to19: p[1],
    menteeYoungTeachers: p[2],
    mentorTeachers: 1,
    mentorEmployees: 1,
  };
  r.enterprises = enterprises;
  r.satisfaction = {
    mentors: { respondents: mentors[0], satisfied: mentors[1] },
    mentees: { respondents: mentees[0], satisfied: mentees[1] },
  };
  return r;
}

const value = (numerator: number, denominator: number | null, percent: number | null, target: number | null) => ({
  numerator,
  denominator,
  percent,
  target,
});

for (const backend of backends()) {
  describe(`consolidated indicators (${backend.name})`, () => {
    let drop: () => Promise<void>;
    let service: Service;
    const get = (path: string) => service.call('GET', path, { token: ADMIN_TOKEN });

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location);
      const a = await registerSchool(service, { id: 'A', name: 'МБОУ «СОШ № 10»', municipality: 'Киселёвский ГО' });
      const b = await registerSchool(service, { id: 'B', name: 'МБОУ «СОШ № 2»', municipality: 'Киселёвский ГО' });
      const c = await registerSchool(service, {
        id: 'C',
        name: 'ГПОУ «Беловский техникум»',
        municipality: 'Беловский МО',
        kind: 'college',
      });
      await registerSchool(service, { id: 'D', name: 'МБОУ «ООШ № 7»', municipality: 'Беловский МО' });
      await service.json('PUT', '/api/v1/region', 200, {
        token: ADMIN_TOKEN,
        body: {
          name: 'Кемеровская область',
          enterprises: 40,
          population: { children10to19: 2000, youngTeachers: 50 },
          targets: { '2024': { menteeStudentsShare: 20 } },
        },
      });
      // A draft of A that its final report replaces: only the latest revision counts.
      await service.json('POST', '/api/v1/reports', 201, {
        token: a,
        body: report('A', [100, 40, 20, 4], [90, 30, 4], [X, Y, Z], [10, 10], [50, 50]),
      });
      await service.json('POST', '/api/v1/reports', 200, {
        token: a,
        body: report('A', [100, 40, 20, 4], [25, 3, 1], [X, Y], [10, 7], [50, 40]),
      });
      await service.json('POST', '/api/v1/reports', 201, {
        token: b,
        body: report('B', [200, 80, 30, 6], [30, 5, 3], [X], [0, 0], [20, 10]),
      });
      await service.json('POST', '/api/v1/reports', 201, {
        token: c,
        body: report('C', [300, 100, 50, 10], [45, 2, 0], [Z, X], [5, 5], [30, 30]),
      });
      // Another period must not leak into 2024.
      await service.json('POST', '/api/v1/reports', 201, {
        token: c,
        body: { ...report('C', [1, 1, 1, 1], [1, 1, 1], [], [1, 1], [1, 1]), period: '2023' },
      });
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it('consolidates the region from sums, with the population override and enterprises counted once', async () => {
      const body = await service.json('GET', '/api/v1/indicators?period=2024', 200, { token: ADMIN_TOKEN });
      expect(body.period).toBe('2024');
      expect(body.demo).toBe(false);
      expect(body.periods).toEqual(['2024', '2023']);
      expect(body.region).toEqual({
        name: 'Кемеровская область',
        schoolsRegistered: 4,
        schoolsReporting: 3,
        indicators: {
          menteeStudentsShare: value(100, 2000, 5, 20),
          mentorStudentsShare: value(10, 220, 4.5, 8),
          menteeYoungTeachersShare: value(4, 50, 8, 10),
          enterprisesShare: value(3, 40, 7.5, 15),
          mentorSatisfaction: value(12, 15, 80, 65),
          menteeSatisfaction: value(80, 100, 80, 65),
        },
      });
    });

    it('consolidates municipalities without the population override and without an enterprises denominator', async () => {
      const { municipalities } = await service.json('GET', '/api/v1/indicators?period=2024', 200, {
        token: ADMIN_TOKEN,
      });
      expect(municipalities).toEqual([
        {
          name: 'Беловский МО',
          schoolsRegistered: 2,
          schoolsReporting: 1,
          indicators: {
            menteeStudentsShare: value(45, 300, 15, 20),
            mentorStudentsShare: value(2, 100, 2, 8),
            menteeYoungTeachersShare: value(0, 10, 0, 10),
            enterprisesShare: value(2, null, null, 15),
            mentorSatisfaction: value(5, 5, 100, 65),
            menteeSatisfaction: value(30, 30, 100, 65),
          },
        },
        {
          name: 'Киселёвский ГО',
          schoolsRegistered: 2,
          schoolsReporting: 2,
          indicators: {
            menteeStudentsShare: value(55, 300, 18.3, 20),
            mentorStudentsShare: value(8, 120, 6.7, 8),
            menteeYoungTeachersShare: value(4, 10, 40, 10),
            // X serves both schools: counted once.
            enterprisesShare: value(2, null, null, 15),
            mentorSatisfaction: value(7, 10, 70, 65),
            menteeSatisfaction: value(50, 70, 71.4, 65),
          },
        },
      ]);
    });

    it('lists schools by municipality then name, and who has not reported', async () => {
      const { schools, missing } = await service.json('GET', '/api/v1/indicators?period=2024', 200, {
        token: ADMIN_TOKEN,
      });
      expect(schools.map((s: { id: string }) => s.id)).toEqual(['C', 'B', 'A']);
      expect(schools[2]).toMatchObject({
        id: 'A',
        name: 'МБОУ «СОШ № 10»',
        municipality: 'Киселёвский ГО',
        kind: 'school',
        source: 'push',
        reportedAt: expect.any(String),
      });
      expect(schools[2].indicators.menteeStudentsShare).toEqual(value(25, 100, 25, 20));
      expect(schools[2].indicators.enterprisesShare).toEqual(value(2, null, null, 15));
      expect(missing).toEqual([
        {
          id: 'D',
          name: 'МБОУ «ООШ № 7»',
          municipality: 'Беловский МО',
          source: 'push',
          lastSyncAt: null,
          lastSyncError: null,
          lastSyncErrorAt: null,
        },
      ]);
    });

    it('shows the latest period with reports when none is asked for, and an empty period as empty', async () => {
      expect((await service.json('GET', '/api/v1/indicators', 200, { token: ADMIN_TOKEN })).period).toBe('2024');
      const empty = await service.json('GET', '/api/v1/indicators?period=2022', 200, { token: ADMIN_TOKEN });
      expect(empty.schools).toEqual([]);
      expect(empty.missing).toHaveLength(4);
      expect(empty.region.indicators.menteeStudentsShare).toEqual(value(0, 2000, 0, 20));
    });

    it('writes CSV for Excel in a Russian locale: BOM, semicolons, decimal comma, one row per school', async () => {
      const res = await get('/api/v1/indicators.csv?period=2024&level=school');
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('показатели-2024-организации.csv')}`,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain('\r\n');
      const [header, ...rows] = parse(text, { delimiter: ';', bom: true });
      expect(header.slice(0, 10)).toEqual([
        'Год',
        'Муниципалитет',
        'Код ОО',
        'Организация',
        'Тип',
        'Отчёт получен (UTC)',
        'Наставляемые 10–19 лет — числитель',
        'Наставляемые 10–19 лет — знаменатель',
        'Наставляемые 10–19 лет — %',
        'Наставляемые 10–19 лет — цель, %',
      ]);
      expect(header).toHaveLength(6 + 6 * 4);
      expect(rows.map((r) => r[2])).toEqual(['C', 'B', 'A']);
      const c = rows[0];
      expect(c.slice(0, 5)).toEqual(['2024', 'Беловский МО', 'C', 'ГПОУ «Беловский техникум»', 'Колледж / техникум']);
      expect(c[5]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      expect(c.slice(6)).toEqual([
        '45',
        '300',
        '15,0',
        '20',
        '2',
        '100',
        '2,0',
        '8',
        '0',
        '10',
        '0,0',
        '10',
        '2',
        '',
        '',
        '15',
        '5',
        '5',
        '100,0',
        '65',
        '30',
        '30',
        '100,0',
        '65',
      ]);
    });

    it('writes CSV per municipality and for the region', async () => {
      const municipal = parse(await (await get('/api/v1/indicators.csv?period=2024&level=municipality')).text(), {
        delimiter: ';',
        bom: true,
      });
      expect(municipal[0].slice(0, 4)).toEqual(['Год', 'Муниципалитет', 'ОО зарегистрировано', 'ОО прислали отчёт']);
      expect(municipal.slice(1).map((r) => r.slice(0, 8))).toEqual([
        ['2024', 'Беловский МО', '2', '1', '45', '300', '15,0', '20'],
        ['2024', 'Киселёвский ГО', '2', '2', '55', '300', '18,3', '20'],
      ]);
      const region = parse(await (await get('/api/v1/indicators.csv?period=2024&level=region')).text(), {
        delimiter: ';',
        bom: true,
      });
      expect(region).toHaveLength(2);
      expect(region[1]).toEqual([
        '2024',
        'Кемеровская область',
        '4',
        '3',
        '100',
        '2000',
        '5,0',
        '20',
        '10',
        '220',
        '4,5',
        '8',
        '4',
        '50',
        '8,0',
        '10',
        '3',
        '40',
        '7,5',
        '15',
        '12',
        '15',
        '80,0',
        '65',
        '80',
        '100',
        '80,0',
        '65',
      ]);
    });

    it('writes XLSX with a sheet per level, frozen headers, percent format and colours against targets', async () => {
      const res = await get('/api/v1/indicators.xlsx?period=2024');
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      expect(book.worksheets.map((s) => s.name)).toEqual([
        'Сводная по ОО',
        'По муниципалитетам',
        'Регион',
        'Не прислали отчёт',
        'Пояснения',
      ]);

      const region = book.getWorksheet('Регион')!;
      expect(region.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 4 });
      expect(region.getRow(1).getCell(7).value).toBe('Наставляемые 10–19 лет — %');
      expect(region.rowCount).toBe(2);
      const row = region.getRow(2);
      expect(row.getCell(2).value).toBe('Кемеровская область');
      const cellsOf = (first: number) => [first, first + 1, first + 2, first + 3].map((i) => row.getCell(i));
      const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
      // menteeStudentsShare 5.0 % against 20 %: red.
      const [num, den, pct, target] = cellsOf(5);
      expect([num.value, den.value, pct.value, target.value]).toEqual([100, 2000, 0.05, 0.2]);
      expect(pct.numFmt).toBe('0.0%');
      expect(target.numFmt).toBe('0.0%');
      expect(fill(pct)).toBe('FFFFC7CE');
      // menteeYoungTeachersShare 8.0 % against 10 %: at least 80 % of the target, amber.
      expect(cellsOf(13)[2].value).toBe(0.08);
      expect(fill(cellsOf(13)[2])).toBe('FFFFEB9C');
      // mentorSatisfaction 80 % against 65 %: green.
      expect(fill(cellsOf(21)[2])).toBe('FFC6EFCE');

      const schools = book.getWorksheet('Сводная по ОО')!;
      expect(schools.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 6 });
      expect([2, 3, 4].map((r) => schools.getRow(r).getCell(3).value)).toEqual(['C', 'B', 'A']);
      expect(schools.getRow(2).getCell(6).value).toBeInstanceOf(Date);
      // A school has no enterprises denominator: no percent, no colour.
      const enterprisePercent = schools.getRow(2).getCell(6 + 3 * 4 + 3);
      expect(enterprisePercent.value).toBeNull();
      expect(fill(enterprisePercent)).toBeNull();

      const municipalities = book.getWorksheet('По муниципалитетам')!;
      // Киселёвский ГО: 18.3 % against 20 %: amber; Беловский МО: 15.0 %: red.
      expect(municipalities.getRow(3).getCell(2).value).toBe('Киселёвский ГО');
      expect(municipalities.getRow(3).getCell(7).value).toBe(0.183);
      expect(fill(municipalities.getRow(3).getCell(7))).toBe('FFFFEB9C');
      expect(fill(municipalities.getRow(2).getCell(7))).toBe('FFFFC7CE');

      const missing = book.getWorksheet('Не прислали отчёт')!;
      expect(missing.getRow(2).values).toEqual([undefined, 'Беловский МО', 'D', 'МБОУ «ООШ № 7»']);
    });
  });
}
