// Practice card v1: the information card of a mentoring practice sent to the region's bank.
// A card describes a method, never the children or colleagues it was used with: no field about mentees.
// Written with zod/mini (the same checks as zod, a fifth of its size): the add-on bundles it into
// Code.js, which Apps Script evaluates at every call.
import * as z from 'zod/mini';
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

const text = (max: number) => z.string(ru).check(z.trim(), z.minLength(1, ru), z.maxLength(max, ru));
const count = z.number(ru).check(z.int(ru), z.minimum(0, ru), z.maximum(1_000_000, ru));
const mean = z.number(ru).check(z.minimum(-1_000_000, ru), z.maximum(1_000_000, ru));
const list = <T extends z.ZodMiniType>(item: T, min: number, max: number, minMessage?: string) =>
  z.array(item, ru).check(z.minLength(min, minMessage ? { error: minMessage } : ru), z.maxLength(max, ru));

const httpUrl = z.string(ru).check(
  z.trim(),
  z.maxLength(2000, ru),
  z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, {
    error: (iss) => `Ожидается ссылка http(s)://…, получено: ${describeValue(iss.input)}`,
  }),
);

const email = z.string(ru).check(
  z.trim(),
  z.maxLength(254, ru),
  z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
    error: (iss) => `Неверный адрес электронной почты: ${describeValue(iss.input)}`,
  }),
);

const phone = z
  .string(ru)
  .check(
    z.trim(),
    z.regex(/^\+?[\d\s()-]{6,24}$/, { error: (iss) => `Неверный номер телефона: ${describeValue(iss.input)}` }),
  );

const measurement = z.strictObject(
  {
    parameter: text(300),
    entryMean: mean,
    exitMean: mean,
    participants: count.check(z.minimum(1, ru)),
  },
  ru,
);

const programme = z
  .strictObject(
    {
      durationMonths: z.optional(z.number(ru).check(z.minimum(0, ru), z.maximum(120, ru))),
      pairs: count,
      completedPairs: count,
      measurements: z.optional(list(measurement, 0, MAX_MEASUREMENTS)),
    },
    ru,
  )
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

const material = z.strictObject({ title: text(300), url: httpUrl }, ru);

const author = z
  .strictObject(
    {
      mentorId: z.optional(z.string(ru).check(z.trim(), z.minLength(1, ru), z.maxLength(64, ru))),
      fullName: text(200),
      position: text(200),
      yearsInPosition: z.optional(z.number(ru).check(z.int(ru), z.minimum(0, ru), z.maximum(70, ru))),
      consentToPublishContacts: z.boolean(ru),
      email: z.optional(email),
      phone: z.optional(phone),
    },
    ru,
  )
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
  .strictObject(
    {
      schemaVersion: z.literal(1, {
        error: (iss) =>
          iss.input === undefined
            ? REQUIRED_MESSAGE
            : `Поддерживается только версия карточки 1, получено: ${describeValue(iss.input)}`,
      }),
      practiceId: z.string(ru).check(
        z.trim(),
        z.regex(PRACTICE_ID_PATTERN, {
          error: (iss) =>
            `Код практики — от 3 до 80 латинских букв, цифр, «-» или «_», получено: ${describeValue(iss.input)}`,
        }),
      ),
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
      programme: z.optional(programme),
      materials: list(material, 0, MAX_MATERIALS),
      authors: list(author, 1, MAX_AUTHORS, 'Укажите хотя бы одного автора практики'),
    },
    ru,
  )
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
