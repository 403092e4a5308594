// THE CONTRACT STAND-IN of the region's bank of practices — not the real service. A small Hono
// server answering the practices API exactly as the agreed contract words it (POST and GET
// /api/v1/practices, POST /api/v1/practices/{id}/review), so the add-on and CLI clients are tested
// against real HTTP. Once the service's own routes are in the tree, these tests can start the real
// service instead (see startPracticeContract in process.ts).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { parsePracticeCard, type PracticeCard } from '../../../shared/practice';

export interface ContractOptions {
  adminToken: string;
  /** token → school id. */
  schoolTokens: Record<string, string>;
}

interface Revision {
  card: PracticeCard;
  at: string;
}

interface Practice {
  revisions: Revision[];
  status: 'submitted' | 'returned' | 'accepted' | 'declined';
  level?: 'municipal' | 'regional';
  comment?: string;
  reviewedAt?: string;
  updatedAt: string;
}

const fail = (code: string, message: string, issues?: { path: string; message: string }[]) => ({
  error: { code, message, ...(issues ? { issues } : {}) },
});

export function contractApp(options: ContractOptions) {
  const practices = new Map<string, Practice>();
  /** Every request body received, for tests to check what left the workspace. */
  const received: string[] = [];
  const app = new Hono();
  const who = (header: string | undefined): { admin: true } | { school: string } | null => {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) return null;
    if (token === options.adminToken) return { admin: true };
    const school = options.schoolTokens[token];
    return school ? { school } : null;
  };

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/_contract/received', (c) => c.json(received));

  app.post('/api/v1/practices', async (c) => {
    const caller = who(c.req.header('authorization'));
    if (!caller) return c.json(fail('unauthorized', 'Нет токена или он неизвестен'), 401);
    if (!(c.req.header('content-type') ?? '').includes('application/json'))
      return c.json(fail('unsupported', 'Нужен JSON'), 415);
    const text = await c.req.text();
    received.push(text);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return c.json(fail('invalid', 'Тело запроса — не JSON'), 400);
    }
    const parsed = parsePracticeCard(body);
    if (!parsed.ok) return c.json(fail('invalid', 'Карточка практики не соответствует формату', parsed.issues), 400);
    const card = parsed.card;
    if (!('school' in caller) || caller.school !== card.schoolId)
      return c.json(fail('forbidden', 'Токен не этой организации'), 403);
    const now = new Date().toISOString();
    const existing = practices.get(card.practiceId);
    if (existing && existing.revisions[0].card.schoolId !== card.schoolId)
      return c.json(fail('forbidden', 'Код практики занят другой организацией'), 403);
    if (existing) {
      existing.revisions.push({ card, at: now });
      Object.assign(existing, { status: 'submitted', updatedAt: now });
      return c.json({ practiceId: card.practiceId, revision: existing.revisions.length, status: existing.status }, 200);
    }
    practices.set(card.practiceId, { revisions: [{ card, at: now }], status: 'submitted', updatedAt: now });
    return c.json({ practiceId: card.practiceId, revision: 1, status: 'submitted' }, 201);
  });

  app.get('/api/v1/practices', (c) => {
    const caller = who(c.req.header('authorization'));
    if (!caller) return c.json(fail('unauthorized', 'Нет токена или он неизвестен'), 401);
    const school = c.req.query('school') ?? '';
    if ('school' in caller && caller.school !== school)
      return c.json(fail('forbidden', 'Токен не этой организации'), 403);
    const list = [...practices]
      .filter(([, p]) => p.revisions[0].card.schoolId === school)
      .map(([practiceId, p]) => {
        const card = p.revisions[p.revisions.length - 1].card;
        return {
          practiceId,
          revision: p.revisions.length,
          title: card.title,
          status: p.status,
          ...(p.level ? { level: p.level } : {}),
          ...(p.comment ? { comment: p.comment } : {}),
          ...(p.reviewedAt ? { reviewedAt: p.reviewedAt } : {}),
          updatedAt: p.updatedAt,
          authors: card.authors.map((a) => ({ ...(a.mentorId ? { mentorId: a.mentorId } : {}), fullName: a.fullName })),
        };
      });
    return c.json({ practices: list });
  });

  app.post('/api/v1/practices/:id/review', async (c) => {
    const caller = who(c.req.header('authorization'));
    if (!caller) return c.json(fail('unauthorized', 'Нет токена или он неизвестен'), 401);
    if (!('admin' in caller)) return c.json(fail('forbidden', 'Рассматривает только регион'), 403);
    const practice = practices.get(c.req.param('id'));
    if (!practice) return c.json(fail('not-found', 'Нет такой практики'), 404);
    const body = await c.req.json<{
      decision?: string;
      level?: 'municipal' | 'regional';
      comment?: string;
      reviewedAt?: string;
    }>();
    if (body.decision === 'accept' && !body.level)
      return c.json(fail('invalid', 'Нужен уровень', [{ path: 'level', message: 'обязателен' }]), 400);
    if (body.decision !== 'accept' && !body.comment)
      return c.json(fail('invalid', 'Нужен комментарий', [{ path: 'comment', message: 'обязателен' }]), 400);
    const status =
      body.decision === 'accept'
        ? 'accepted'
        : body.decision === 'return'
          ? 'returned'
          : body.decision === 'decline'
            ? 'declined'
            : null;
    if (!status) return c.json(fail('invalid', 'Неизвестное решение'), 400);
    // `reviewedAt` in the body is this stand-in's own extension: tests fix the review's date.
    const at = body.reviewedAt ?? new Date().toISOString();
    Object.assign(practice, {
      status,
      level: status === 'accepted' ? body.level : undefined,
      comment: body.comment,
      reviewedAt: at,
      updatedAt: at,
    });
    return c.json({ practiceId: c.req.param('id'), revision: practice.revisions.length, status });
  });
  return app;
}

/** Starts the stand-in on a free loopback port; resolves with its base URL. */
export function startContract(options: ContractOptions): Promise<{ url: string; close(): void }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: contractApp(options).fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() });
    });
  });
}
