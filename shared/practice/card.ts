// Practice card v1: the information card of a mentoring practice sent to the region's bank.
// A card describes a method, never the children or colleagues it was used with: no field about mentees.
import * as z from 'zod';
import { FORMS } from '../catalogue/forms';
import { FORM_CODES } from '../report/schema';
import { describeValue, REQUIRED_MESSAGE, ruErrorMap, toIssues, type Issue } from '../report/issues';

export const MAX_AUTHORS = 5;
export const MAX_RESULTS = 30;
export const MAX_MATERIALS = 20;
export const MAX_MEASUREMENTS = 20;
export const PRACTICE_ID_PATTERN = /^[A-Za-z0-9_-]{3,80}$/;

// Every schema carries the Russian error map, so a caller's plain safeParse words issues in Russian too.
const ru = { error: ruErrorMap };

const text = (max: number) => z.string(ru).trim().min(1, ru).max(max, ru);
const count = z.number(ru).int(ru).min(0, ru).max(1_000_000, ru);
const mean = z.number(ru).min(-1_000_000, ru).max(1_000_000, ru);
const list = <T extends z.ZodType>(item: T, min: number, max: number, minMessage?: string) =>
  z
    .array(item, ru)
    .min(min, minMessage ? { error: minMessage } : ru)
    .max(max, ru);

const httpUrl = z
  .string(ru)
  .trim()
  .max(2000, ru)
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, {
    error: (iss) => `Ожидается ссылка http(s)://…, получено: ${describeValue(iss.input)}`,
  });

const email = z
  .string(ru)
  .trim()
  .max(254, ru)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
    error: (iss) => `Неверный адрес электронной почты: ${describeValue(iss.input)}`,
  });

const phone = z
  .string(ru)
  .trim()
  .regex(/^\+?[\d\s()-]{6,24}$/, { error: (iss) => `Неверный номер телефона: ${describeValue(iss.input)}` });

const measurement = z
  .object(
    {
      parameter: text(300),
      entryMean: mean,
      exitMean: mean,
      participants: count.min(1, ru),
    },
    ru,
  )
  .strict();

const programme = z
  .object(
    {
      durationMonths: z.number(ru).min(0, ru).max(120, ru).optional(),
      pairs: count,
      completedPairs: count,
      measurements: list(measurement, 0, MAX_MEASUREMENTS).optional(),
    },
    ru,
  )
  .strict()
  .check(
    z.superRefine((p, ctx) => {
      if (p.completedPairs > p.pairs) {
        ctx.addIssue({
          code: 'custom',
          path: ['completedPairs'],
          message: `Завершивших пар (${p.completedPairs}) больше, чем пар всего (${p.pairs})`,
        });
      }
    }),
  );

const material = z.object({ title: text(300), url: httpUrl }, ru).strict();

const author = z
  .object(
    {
      mentorId: z.string(ru).trim().min(1, ru).max(64, ru).optional(),
      fullName: text(200),
      position: text(200),
      yearsInPosition: z.number(ru).int(ru).min(0, ru).max(70, ru).optional(),
      consentToPublishContacts: z.boolean(ru),
      email: email.optional(),
      phone: phone.optional(),
    },
    ru,
  )
  .strict()
  .check(
    z.superRefine((a, ctx) => {
      if (a.consentToPublishContacts) return;
      for (const key of ['email', 'phone'] as const) {
        if (a[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              key === 'email'
                ? 'Адрес электронной почты указывается только с согласием автора на публикацию контактов'
                : 'Телефон указывается только с согласием автора на публикацию контактов',
          });
        }
      }
    }),
  );

export const practiceCardSchema = z
  .object(
    {
      schemaVersion: z.literal(1, {
        error: (iss) =>
          iss.input === undefined
            ? REQUIRED_MESSAGE
            : `Поддерживается только версия карточки 1, получено: ${describeValue(iss.input)}`,
      }),
      practiceId: z
        .string(ru)
        .trim()
        .regex(PRACTICE_ID_PATTERN, {
          error: (iss) =>
            `Код практики — от 3 до 80 латинских букв, цифр, «-» или «_», получено: ${describeValue(iss.input)}`,
        }),
      schoolId: text(64),
      organizationName: text(500),
      title: text(300),
      form: z.enum(FORM_CODES, {
        error: (iss) =>
          iss.input === undefined
            ? REQUIRED_MESSAGE
            : `Неизвестная форма наставничества ${describeValue(iss.input)}; допустимые коды: ${FORM_CODES.join(', ')}`,
      }),
      roleModel: text(300),
      targetGroup: text(300),
      goal: text(2000),
      content: text(10_000),
      results: list(text(1000), 1, MAX_RESULTS, 'Укажите хотя бы один результат практики'),
      programme: programme.optional(),
      materials: list(material, 0, MAX_MATERIALS),
      authors: list(author, 1, MAX_AUTHORS, 'Укажите хотя бы одного автора практики'),
    },
    ru,
  )
  .strict()
  .check(
    z.superRefine(
      (card, ctx) => {
        const form = FORMS.find((f) => f.code === card.form);
        if (!form || typeof card.roleModel !== 'string') return;
        if (!form.roleModels.includes(card.roleModel.trim())) {
          ctx.addIssue({
            code: 'custom',
            path: ['roleModel'],
            message: `Ролевая модель «${card.roleModel}» не относится к форме «${form.name}»; допустимые: ${form.roleModels
              .map((m) => `«${m}»`)
              .join(', ')}`,
          });
        }
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );

export type PracticeCard = z.output<typeof practiceCardSchema>;
export type PracticeAuthor = PracticeCard['authors'][number];

export type ParsePracticeResult = { ok: true; card: PracticeCard } | { ok: false; issues: Issue[] };

/** Validates a practice card v1; issues are a flat `{ path, message }` list in Russian. */
export function parsePracticeCard(input: unknown): ParsePracticeResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ path: '', message: `Ожидается объект карточки практики, получено: ${describeValue(input)}` }],
    };
  }
  const result = practiceCardSchema.safeParse(input, ru);
  return result.success ? { ok: true, card: result.data } : { ok: false, issues: toIssues(result.error) };
}

/** The card as shown outside the organisation: an author's e-mail and phone only with consent. */
export function publicCard(card: PracticeCard): PracticeCard {
  return { ...card, authors: card.authors.map(publicAuthor) };
}

export function publicAuthor(author: PracticeAuthor): PracticeAuthor {
  if (author.consentToPublishContacts) return { ...author };
  const { email: _email, phone: _phone, ...rest } = author;
  return rest;
}
