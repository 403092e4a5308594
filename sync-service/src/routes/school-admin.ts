// Organisations' administration (admin): list all, edit, deactivate/restore, import a list with a preview.
import { Hono, type Context } from 'hono';
import { readSchoolList } from '../admin/school-list';
import { actorOf, authorizeAdmin } from '../auth/admin';
import { readJson, readUpload } from '../http/body';
import { invalidBody, notFound } from '../http/errors';
import { validate } from '../http/validate';
import { defaultPeriod } from '../indicators';
import type { ManagedSchool } from '../store/school-admin';
import type { NewSchool } from '../store/schools';
import {
  IMPORT_MEDIA_TYPES,
  importQuery,
  schoolIdParams,
  schoolListQuery,
  updateSchoolBody,
} from './schemas/school-admin';
import type { RouteDeps } from './deps';

const sameSchool = (a: NewSchool, b: ManagedSchool) =>
  a.name === b.name &&
  a.municipality === b.municipality &&
  a.kind === b.kind &&
  JSON.stringify(a.source) === JSON.stringify(b.source);

const state = (s: ManagedSchool) => ({
  id: s.id,
  name: s.name,
  municipality: s.municipality,
  kind: s.kind,
  source: s.source,
  createdAt: s.createdAt,
  lastReportAt: s.lastReportAt,
  lastSyncError: s.lastSyncError,
  deactivatedAt: s.deactivatedAt,
});

export function schoolAdminRoutes(deps: RouteDeps): Hono {
  const setActive = (active: boolean) => async (c: Context) => {
    const admin = await authorizeAdmin(c, deps);
    const { id } = validate(schoolIdParams, c.req.param());
    const now = deps.now();
    if (!(await deps.store.schoolAdmin.setActive(id, active, now)))
      throw notFound(`Организация «${id}» не зарегистрирована`);
    await deps.store.audit.add(
      { actor: actorOf(admin), action: active ? 'school.restore' : 'school.deactivate', target: id, details: {} },
      now,
    );
    if (deps.onRegionChanged)
      Promise.resolve()
        .then(() => deps.onRegionChanged?.())
        .catch((e: unknown) => deps.logError('Обновление после изменения списка организаций завершилось ошибкой', e));
    return c.json(state((await deps.store.schoolAdmin.get(id))!));
  };

  return new Hono()
    .get('/api/v1/schools', async (c) => {
      await authorizeAdmin(c, deps);
      const query = validate(schoolListQuery, c.req.query());
      const period = query.period ?? (await defaultPeriod(deps.store, deps.now()));
      const [schools, reported, tokens] = await Promise.all([
        deps.store.schoolAdmin.listAll(),
        deps.store.schoolAdmin.reportedIn(period),
        deps.store.schoolAdmin.liveTokenCounts(),
      ]);
      c.header('Cache-Control', 'no-store');
      return c.json({
        period,
        schools: schools.map((s) => ({ ...state(s), reported: reported.has(s.id), tokens: tokens.get(s.id) ?? 0 })),
      });
    })
    .post('/api/v1/schools/import', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const { confirm } = validate(importQuery, c.req.query());
      const list = await readSchoolList(await readUpload(c, IMPORT_MEDIA_TYPES));
      if (!list.ok) throw invalidBody([{ path: 'file', message: list.problem }], list.problem);
      const existing = new Map((await deps.store.schoolAdmin.listAll()).map((s) => [s.id, s]));
      const rows = list.rows.map((r) => {
        const known = r.school ? existing.get(r.school.id) : undefined;
        const action = !r.school ? 'error' : !known ? 'create' : sameSchool(r.school, known) ? 'unchanged' : 'update';
        const problems = known?.deactivatedAt
          ? [...r.problems, `Организация «${known.id}» деактивирована: строка обновит её данные, но не восстановит`]
          : r.problems;
        return { line: r.line, values: r.values, action, problems } as const;
      });
      const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
      for (const r of rows) summary[r.action]++;
      const saved = confirm === 'true' && summary.create + summary.update > 0;
      if (saved) {
        const toSave = list.rows
          .filter((r, i) => r.school && (rows[i].action === 'create' || rows[i].action === 'update'))
          .map((r) => r.school!);
        const now = deps.now();
        await deps.store.schoolAdmin.upsert(toSave, now, (tx) =>
          deps.store.audit.add(
            {
              actor: actorOf(admin),
              action: 'school.import',
              target: null,
              details: { ...summary, codes: toSave.map((s) => s.id) },
            },
            now,
            tx,
          ),
        );
        if (deps.onRegionChanged)
          Promise.resolve()
            .then(() => deps.onRegionChanged?.())
            .catch((e: unknown) => deps.logError('Обновление после импорта организаций завершилось ошибкой', e));
      }
      return c.json({ saved, rows, summary });
    })
    .put('/api/v1/schools/:id', async (c) => {
      const admin = await authorizeAdmin(c, deps);
      const { id } = validate(schoolIdParams, c.req.param());
      const body = validate(updateSchoolBody, await readJson(c));
      const before = await deps.store.schoolAdmin.get(id);
      if (!before) throw notFound(`Организация «${id}» не зарегистрирована`);
      const now = deps.now();
      await deps.store.schoolAdmin.update(id, body);
      await deps.store.audit.add(
        {
          actor: actorOf(admin),
          action: 'school.update',
          target: id,
          details: {
            before: { name: before.name, municipality: before.municipality, kind: before.kind, source: before.source },
            after: body,
          },
        },
        now,
      );
      return c.json(state((await deps.store.schoolAdmin.get(id))!));
    })
    .post('/api/v1/schools/:id/deactivate', setActive(false))
    .post('/api/v1/schools/:id/restore', setActive(true));
}
