// The region's bank of practices over the real service, on SQLite and on PostgreSQL: a school submits
// and revises a card, the region returns and accepts it, the school sees the decision, the catalogue
// finds it by another Russian word form; roles keep to their place; contacts without consent never leave.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeCard } from '../../shared/practice';
import { sampleCard } from '../practice/sample-card';
import { ADMIN_TOKEN, backends, errorOf, registerSchool, startService, type Service } from './harness';

/** A card of school `schoolId` whose text has «наставник» but never «наставника». */
function cardOf(schoolId: string, overrides: Partial<PracticeCard> = {}): PracticeCard {
  return sampleCard({
    schoolId,
    practiceId: `${schoolId}-pervyy-god`,
    content: 'Еженедельные встречи с молодым специалистом, взаимные посещения уроков, разбор трудных ситуаций.',
    ...overrides,
  });
}

async function xlsxText(res: Response): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  return cells.join('\n');
}

for (const backend of backends()) {
  describe(`bank of practices (${backend.name})`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    let schoolA: string;
    let schoolB: string;
    let viewer: string;
    let methodologist: string;
    const admin = { token: ADMIN_TOKEN };
    const card = cardOf('A-1');
    const id = card.practiceId;

    beforeAll(async () => {
      const place = await backend.create();
      drop = place.drop;
      service = await startService(place.location);
      schoolA = await registerSchool(service, { id: 'A-1', name: 'МБОУ «СОШ № 1»', municipality: 'Новокузнецкий ГО' });
      schoolB = await registerSchool(service, { id: 'B-2', name: 'МБОУ «СОШ № 2»', municipality: 'Беловский МО' });
      viewer = (await service.json('POST', '/api/v1/tokens', 201, { ...admin, body: { role: 'viewer' } })).token;
      const issued = await service.json('POST', '/api/v1/tokens', 201, {
        ...admin,
        body: { role: 'methodologist', label: 'Методист РЦ' },
      });
      expect(issued).toMatchObject({ role: 'methodologist', label: 'Методист РЦ' });
      methodologist = issued.token;
    });
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    const schoolView = async (token: string, school: string) =>
      (await service.json('GET', `/api/v1/practices?school=${school}`, 200, { token })).practices;
    const catalogue = async (query: string, token = viewer) =>
      (await service.json('GET', `/api/v1/catalogue/practices${query}`, 200, { token })).practices;

    it('submit → return → revise → accept at the regional level → the school sees it → the catalogue finds «наставника»', async () => {
      expect(JSON.stringify(card)).toContain('Наставник');
      expect(JSON.stringify(card).toLowerCase()).not.toContain('наставника');

      expect(await service.json('POST', '/api/v1/practices', 201, { token: schoolA, body: card })).toEqual({
        practiceId: id,
        revision: 1,
        status: 'submitted',
      });
      expect(await catalogue('?q=наставника')).toEqual([]);

      const returned = await service.json('POST', `/api/v1/practices/${id}/review`, 200, {
        token: methodologist,
        body: { decision: 'return', comment: 'Добавьте ссылку на план встреч и результаты второго полугодия' },
      });
      expect(returned).toMatchObject({
        status: 'returned',
        comment: 'Добавьте ссылку на план встреч и результаты второго полугодия',
      });
      expect(await schoolView(schoolA, 'A-1')).toEqual([
        expect.objectContaining({
          practiceId: id,
          revision: 1,
          status: 'returned',
          comment: 'Добавьте ссылку на план встреч и результаты второго полугодия',
        }),
      ]);

      const revised = { ...card, results: [...card.results, 'Во втором полугодии — конкурс методических разработок'] };
      expect(await service.json('POST', '/api/v1/practices', 200, { token: schoolA, body: revised })).toEqual({
        practiceId: id,
        revision: 2,
        status: 'submitted',
      });
      const [waiting] = await schoolView(schoolA, 'A-1');
      expect(waiting).toMatchObject({ revision: 2, status: 'submitted' });
      expect(waiting).not.toHaveProperty('comment');
      expect(await service.store.practices.revisionCount(id)).toBe(2);

      // Accepting needs a bank; returning needs a comment.
      const noLevel = await service.call('POST', `/api/v1/practices/${id}/review`, {
        token: methodologist,
        body: { decision: 'accept' },
      });
      expect(noLevel.status).toBe(400);
      expect((await errorOf(noLevel)).issues).toEqual([
        { path: 'level', message: expect.stringMatching(/^Принимая практику, укажите банк/) },
      ]);
      const noComment = await service.call('POST', `/api/v1/practices/${id}/review`, {
        ...admin,
        body: { decision: 'decline' },
      });
      expect((await errorOf(noComment)).issues[0]?.path).toBe('comment');

      await service.json('POST', `/api/v1/practices/${id}/review`, 200, {
        token: methodologist,
        body: { decision: 'accept', level: 'regional' },
      });
      const [accepted] = await schoolView(schoolA, 'A-1');
      expect(accepted).toEqual({
        practiceId: id,
        revision: 2,
        title: card.title,
        status: 'accepted',
        level: 'regional',
        reviewedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        updatedAt: expect.any(String),
        authors: [{ mentorId: 'Н001', fullName: 'Иванова Мария Петровна' }, { fullName: 'Петров Олег Иванович' }],
        schoolId: 'A-1',
        organizationName: card.organizationName,
        municipality: 'Новокузнецкий ГО',
      });

      const found = await catalogue(`?q=${encodeURIComponent('наставника')}`);
      expect(found.map((p: { practiceId: string }) => p.practiceId)).toEqual([id]);
      expect(found[0]).toMatchObject({
        level: 'regional',
        municipality: 'Новокузнецкий ГО',
        formName: 'учитель – учитель',
        url: `/catalogue/${id}`,
      });
      // Other forms of other words, several words, and a word the card lacks.
      expect(await catalogue(`?q=${encodeURIComponent('молодых педагогов')}`)).toHaveLength(1);
      expect(await catalogue(`?q=${encodeURIComponent('профессиями')}`)).toHaveLength(1);
      expect(await catalogue(`?q=${encodeURIComponent('наставникам робототехники')}`)).toEqual([]);
      expect(await catalogue(`?q=${encodeURIComponent('наставник -педагогов')}`)).toEqual([]);
    });

    it('filters by form, role model, municipality and level; the indicator page counts each bank per municipality', async () => {
      const other = cardOf('B-2', {
        title: 'Школа вожатых',
        form: 'student-student',
        roleModel: 'равный – равному',
        content: 'Старшеклассники ведут занятия для младших',
      });
      await service.json('POST', '/api/v1/practices', 201, { token: schoolB, body: other });
      await service.json('POST', `/api/v1/practices/${other.practiceId}/review`, 200, {
        ...admin,
        body: { decision: 'accept', level: 'municipal' },
      });

      const ids = (list: Array<{ practiceId: string }>) => list.map((p) => p.practiceId).sort();
      expect(ids(await catalogue(''))).toEqual([id, other.practiceId].sort());
      expect(ids(await catalogue('?form=student-student'))).toEqual([other.practiceId]);
      expect(ids(await catalogue(`?roleModel=${encodeURIComponent('опытный педагог – молодой специалист')}`))).toEqual([
        id,
      ]);
      expect(ids(await catalogue(`?municipality=${encodeURIComponent('Беловский МО')}`))).toEqual([other.practiceId]);
      expect(ids(await catalogue('?level=regional'))).toEqual([id]);
      expect(ids(await catalogue(`?level=municipal&q=${encodeURIComponent('наставника')}`))).toEqual([]);
      const all = await service.json('GET', '/api/v1/catalogue/practices', 200, { token: viewer });
      expect(all.filters).toEqual({
        municipalities: ['Беловский МО', 'Новокузнецкий ГО'],
        roleModels: ['опытный педагог – молодой специалист', 'равный – равному'],
      });
      expect(
        (await service.call('GET', '/api/v1/catalogue/practices?form=teacher-pupil', { token: viewer })).status,
      ).toBe(400);

      expect(await service.json('GET', '/api/v1/catalogue/counts', 200, { token: viewer })).toEqual({
        municipalities: [
          { municipality: 'Беловский МО', municipal: 1, regional: 0 },
          { municipality: 'Новокузнецкий ГО', municipal: 0, regional: 1 },
        ],
      });
    });

    it('the page of a practice and the .xlsx export of the bank', async () => {
      const page = await service.json('GET', `/api/v1/catalogue/practices/${id}`, 200, { token: viewer });
      expect(page).toMatchObject({ practiceId: id, card: { goal: card.goal, materials: card.materials } });
      expect((await service.call('GET', '/api/v1/catalogue/practices/B-2-nope', { token: viewer })).status).toBe(404);

      const res = await service.call('GET', '/api/v1/catalogue/practices.xlsx', { token: viewer });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%D0%B1%D0%B0%D0%BD%D0%BA");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const sheet = book.getWorksheet('Банк практик')!;
      expect(sheet.getRow(1).getCell(1).text).toBe('Тема практики');
      const titles = [2, 3].map((r) => sheet.getRow(r).getCell(1).text).sort();
      expect(titles).toEqual([card.title, 'Школа вожатых'].sort());
      const accepted = sheet.getRow(2).getCell(3);
      expect(accepted.value).toBeInstanceOf(Date);
      expect(accepted.numFmt).toBe('dd.mm.yyyy');
    });

    it('roles: a school sees only its own cards and reviews nothing; a viewer cannot submit; a methodologist changes no organisation or token', async () => {
      // School B and school A's cards.
      expect((await service.call('GET', '/api/v1/practices?school=A-1', { token: schoolB })).status).toBe(403);
      expect((await service.call('GET', '/api/v1/practices', { token: schoolB })).status).toBe(400);
      expect((await service.call('GET', `/api/v1/practices/${id}`, { token: schoolB })).status).toBe(404);
      expect((await service.call('GET', `/api/v1/practices/${id}`, { token: schoolA })).status).toBe(200);
      expect(
        (
          await service.call('POST', `/api/v1/practices/${id}/review`, {
            token: schoolA,
            body: { decision: 'accept', level: 'regional' },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await service.call('POST', `/api/v1/practices/${id}/review`, {
            token: schoolB,
            body: { decision: 'decline', comment: 'нет' },
          })
        ).status,
      ).toBe(403);
      const asA = await service.call('POST', '/api/v1/practices', {
        token: schoolB,
        body: cardOf('A-1', { practiceId: 'A-1-chuzhaya' }),
      });
      expect(asA.status).toBe(403);
      const takeover = await service.call('POST', '/api/v1/practices', {
        token: schoolB,
        body: cardOf('B-2', { practiceId: id }),
      });
      expect(takeover.status).toBe(403);
      expect((await errorOf(takeover)).message).toMatch(/уже занят карточкой другой организации/);
      expect(await service.store.practices.revisionCount(id)).toBe(2);
      // A school's token does not open the catalogue (it is closed by default), nor does no token.
      expect((await service.call('GET', '/api/v1/catalogue/practices', { token: schoolA })).status).toBe(403);
      expect((await service.call('GET', '/api/v1/catalogue/practices')).status).toBe(401);

      // The viewer reads, never writes.
      expect(
        (
          await service.call('POST', '/api/v1/practices', {
            token: viewer,
            body: cardOf('A-1', { practiceId: 'A-1-viewer' }),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await service.call('POST', `/api/v1/practices/${id}/review`, {
            token: viewer,
            body: { decision: 'decline', comment: 'нет' },
          })
        ).status,
      ).toBe(403);
      expect((await service.call('GET', '/api/v1/practices', { token: viewer })).status).toBe(403);

      // The methodologist reviews and reads the dashboard, and nothing more.
      const m = { token: methodologist };
      expect((await service.call('GET', '/api/v1/practices', m)).status).toBe(200);
      expect((await service.call('GET', '/api/v1/indicators', m)).status).toBe(200);
      expect(
        (
          await service.call('POST', '/api/v1/schools', {
            ...m,
            body: { id: 'C-3', name: 'ОО', municipality: 'М', kind: 'school' },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await service.call('PUT', '/api/v1/schools/A-1', {
            ...m,
            body: { name: 'X', municipality: 'М', kind: 'school', source: { type: 'push' } },
          })
        ).status,
      ).toBe(403);
      expect((await service.call('POST', '/api/v1/schools/A-1/deactivate', m)).status).toBe(403);
      expect((await service.call('POST', '/api/v1/tokens', { ...m, body: { role: 'methodologist' } })).status).toBe(
        403,
      );
      expect((await service.call('GET', '/api/v1/tokens', m)).status).toBe(403);
      const { tokens } = await service.json('GET', '/api/v1/tokens', 200, admin);
      expect((await service.call('DELETE', `/api/v1/tokens/${tokens[0].id}`, m)).status).toBe(403);
      expect((await service.call('PUT', '/api/v1/catalogue/settings', { ...m, body: { open: true } })).status).toBe(
        403,
      );
      expect((await service.call('PUT', '/api/v1/region', { ...m, body: { name: 'Регион' } })).status).toBe(403);
      expect(
        (await service.call('POST', '/api/v1/practices', { ...m, body: cardOf('A-1', { practiceId: 'A-1-metod' }) }))
          .status,
      ).toBe(403);
      expect(
        (await service.json('GET', '/api/v1/schools', 200, admin)).schools.map((s: { id: string }) => s.id).sort(),
      ).toEqual(['A-1', 'B-2']);
    });

    it('a methodologist reviews from the dashboard with a session; a change from another site is refused', async () => {
      const login = await service.call('POST', '/login', {
        body: `token=${methodologist}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      expect((await service.call('GET', '/', { headers: { cookie } })).status).toBe(200);
      const list = await service.json('GET', '/api/v1/practices?status=accepted', 200, { headers: { cookie } });
      expect(list.practices).toHaveLength(2);
      const foreign = await service.call('POST', `/api/v1/practices/${id}/review`, {
        headers: { cookie, origin: 'https://evil.example' },
        body: { decision: 'decline', comment: 'чужой сайт' },
      });
      expect(foreign.status).toBe(403);
      expect((await service.call('GET', '/admin', { headers: { cookie } })).status).toBe(303);
    });

    it('the region may open the catalogue to anyone; then no token is needed', async () => {
      expect(await service.json('GET', '/api/v1/catalogue/settings', 200, admin)).toEqual({ open: false });
      await service.json('PUT', '/api/v1/catalogue/settings', 200, { ...admin, body: { open: true } });
      expect((await service.call('GET', '/api/v1/catalogue/practices')).status).toBe(200);
      expect((await service.call('GET', `/api/v1/catalogue/practices/${id}`)).status).toBe(200);
      expect((await service.call('GET', '/api/v1/catalogue/practices.xlsx')).status).toBe(200);
      // Opening the catalogue opens nothing else.
      expect((await service.call('GET', '/api/v1/practices?school=A-1')).status).toBe(401);
      expect((await service.call('GET', '/api/v1/catalogue/counts')).status).toBe(401);
      await service.json('PUT', '/api/v1/catalogue/settings', 200, { ...admin, body: { open: false } });
      expect((await service.call('GET', '/api/v1/catalogue/practices')).status).toBe(401);
      const audit = await service.json('GET', '/api/v1/audit', 200, admin);
      expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['practice.accept', 'practice.return', 'catalogue.settings']),
      );
    });

    it('an author who did not consent never has e-mail or phone shown outside the organisation', async () => {
      const secret = { email: 'petrov.secret@example.org', phone: '+7 900 555-12-34' };
      const consenting = 'ivanova@example.org';
      const refused = cardOf('A-1');
      refused.authors[1] = { ...refused.authors[1], ...secret };
      const res = await service.call('POST', '/api/v1/practices', { token: schoolA, body: refused });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).issues.map((i) => i.path)).toEqual(['authors.1.email', 'authors.1.phone']);
      expect(await service.store.practices.revisionCount(id)).toBe(2);

      // Even if a stored card held them (an older format, a hand edit), no answer outside the school shows them.
      const [row] = await service.store.driver.query<{ card: string }>('SELECT card FROM practices WHERE id = $1', [
        id,
      ]);
      const stored = JSON.parse(row.card) as PracticeCard;
      stored.authors[1] = { ...stored.authors[1], ...secret };
      await service.store.driver.execute('UPDATE practices SET card = $2 WHERE id = $1', [id, JSON.stringify(stored)]);

      await service.json('PUT', '/api/v1/catalogue/settings', 200, { ...admin, body: { open: true } });
      const answers: string[] = [];
      for (const [path, token] of [
        ['/api/v1/catalogue/practices', undefined],
        [`/api/v1/catalogue/practices/${id}`, undefined],
        [`/api/v1/catalogue/practices/${id}`, viewer],
        ['/api/v1/practices', methodologist],
        [`/api/v1/practices/${id}`, methodologist],
        [`/api/v1/practices/${id}`, ADMIN_TOKEN],
        ['/api/v1/practices?school=A-1', ADMIN_TOKEN],
        [`/catalogue/${id}`, undefined],
      ] as const) {
        const answer = await service.call('GET', path, token ? { token } : {});
        expect(answer.status, path).toBe(200);
        answers.push(await answer.text());
      }
      answers.push(await xlsxText(await service.call('GET', '/api/v1/catalogue/practices.xlsx')));
      const review = await service.call('POST', `/api/v1/practices/${id}/review`, {
        token: methodologist,
        body: { decision: 'accept', level: 'regional' },
      });
      answers.push(await review.text());
      for (const text of answers) {
        expect(text).not.toContain(secret.email);
        expect(text).not.toContain('555-12-34');
      }
      // The author who consented keeps her contacts on the practice's page and in the export.
      expect(answers[1]).toContain(consenting);
      expect(answers.at(-2)).toContain(consenting);
      await service.json('PUT', '/api/v1/catalogue/settings', 200, { ...admin, body: { open: false } });
    });
  });
}
