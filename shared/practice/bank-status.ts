// What the region's bank says about the organisation's practices (GET /api/v1/practices?school=…),
// read strictly enough that a wrong answer is named by its path, and the Russian words the
// workspace shows for each status and bank level. zod/mini: the add-on bundles this into Code.js.
import * as z from 'zod/mini';

export type BankStatus = 'submitted' | 'returned' | 'accepted' | 'declined';
export type BankLevel = 'municipal' | 'regional';

export const BANK_STATUS_LABELS: Readonly<Record<BankStatus, string>> = {
  submitted: 'на рассмотрении',
  returned: 'возвращена на доработку',
  accepted: 'принята в банк',
  declined: 'отклонена',
};

/** The level as «Уровень» of «Достижения наставников» spells it. */
export const BANK_LEVEL_LABELS: Readonly<Record<BankLevel, string>> = {
  municipal: 'муниципальный',
  regional: 'региональный',
};

const practiceStatusSchema = z.object(
  {
    practiceId: z
      .string({ error: 'нужен идентификатор практики' })
      .check(z.minLength(1, 'нужен идентификатор практики')),
    revision: z.number({ error: 'нужен номер редакции' }).check(z.int('номер редакции — целое число')),
    title: z.string({ error: 'нужна тема практики' }),
    status: z.enum(['submitted', 'returned', 'accepted', 'declined'], {
      error: 'статус не из списка submitted/returned/accepted/declined',
    }),
    level: z.optional(z.enum(['municipal', 'regional'], { error: 'уровень не из списка municipal/regional' })),
    comment: z.optional(z.string({ error: 'комментарий — текст' })),
    reviewedAt: z.optional(z.string({ error: 'дата рассмотрения — текст ISO 8601' })),
    updatedAt: z.string({ error: 'нужна дата изменения' }),
    authors: z.array(
      z.object(
        {
          mentorId: z.optional(z.string({ error: 'ID наставника — текст' })),
          fullName: z.string({ error: 'нужно ФИО автора' }),
        },
        { error: 'автор — объект JSON' },
      ),
      { error: 'нужен список авторов' },
    ),
  },
  { error: 'практика — объект JSON' },
);

const practicesAnswerSchema = z.object(
  { practices: z.array(practiceStatusSchema, { error: 'нужен список practices' }) },
  { error: 'ответ — не объект JSON' },
);

export type PracticeStatus = z.infer<typeof practiceStatusSchema>;

export type PracticesAnswerRead = { ok: true; practices: PracticeStatus[] } | { ok: false; problems: string[] };

/** The service's answer checked against the contract; each problem is «path: why» in Russian. */
export function readPracticesAnswer(json: unknown): PracticesAnswerRead {
  const parsed = practicesAnswerSchema.safeParse(json);
  if (parsed.success) return { ok: true, practices: parsed.data.practices };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || 'ответ'}: ${issue.message}`),
  };
}

/** The calendar day (`YYYY-MM-DD`) of an ISO instant in a time zone; undefined when it is not a date. */
export function dayOfInstant(iso: string | undefined, timeZone: string): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(time));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
