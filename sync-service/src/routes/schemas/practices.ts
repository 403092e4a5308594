// Request and response bodies of /api/v1/practices and /api/v1/catalogue: one source for the
// handlers and the published API description.
import * as z from 'zod';
import { PRACTICE_ID_PATTERN, practiceCardSchema } from '../../../../shared/practice';
import { FORM_CODES } from '../../../../shared/report';

export const practiceStatusSchema = z.enum(['submitted', 'returned', 'accepted', 'declined']);
export const bankLevelSchema = z.enum(['municipal', 'regional'], {
  error: 'level: municipal (муниципальный банк) или regional (региональный)',
});

export const practiceIdParams = z.object({
  id: z.string().regex(PRACTICE_ID_PATTERN, { error: 'Код практики — от 3 до 80 латинских букв, цифр, «-» или «_»' }),
});

export const practiceListQuery = z.object({
  school: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .meta({ description: 'Код организации; для токена организации — обязательно её собственный' }),
  status: practiceStatusSchema
    .optional()
    .meta({ description: 'Только карточки в этом состоянии (для администратора и методиста)' }),
});

export const reviewBody = z
  .strictObject({
    decision: z.enum(['accept', 'return', 'decline'], {
      error: 'decision: accept (принять), return (вернуть на доработку) или decline (отклонить)',
    }),
    level: bankLevelSchema.optional(),
    comment: z.string().trim().min(1).max(2000).optional(),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.decision === 'accept' && !body.level) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: 'Принимая практику, укажите банк: municipal (муниципальный) или regional (региональный)',
        });
      }
      if (body.decision !== 'accept' && !body.comment) {
        ctx.addIssue({
          code: 'custom',
          path: ['comment'],
          message: 'Возвращая или отклоняя практику, напишите комментарий для организации',
        });
      }
      if (body.decision !== 'accept' && body.level) {
        ctx.addIssue({ code: 'custom', path: ['level'], message: 'Банк указывается только при принятии практики' });
      }
    }),
  );

export const catalogueQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Поиск по тексту с учётом словоформ русского языка: «наставника» находит «наставник»' }),
  form: z.enum(FORM_CODES, { error: `form: ${FORM_CODES.join(', ')}` }).optional(),
  roleModel: z.string().max(300).optional(),
  municipality: z.string().max(200).optional(),
  level: bankLevelSchema.optional(),
});

export const catalogueSettingsBody = z.strictObject({
  open: z.boolean({
    error:
      'open: true (каталог открыт без токена) или false (только с токеном наблюдателя, методиста или администратора)',
  }),
});

const authorSummary = z.object({ mentorId: z.string().optional(), fullName: z.string() });

export const practiceListItem = z.object({
  practiceId: z.string(),
  revision: z.number().int(),
  title: z.string(),
  status: practiceStatusSchema,
  level: bankLevelSchema.optional(),
  comment: z.string().optional(),
  reviewedAt: z.string().optional(),
  updatedAt: z.string(),
  authors: z.array(authorSummary),
  schoolId: z.string(),
  organizationName: z.string(),
  municipality: z.string(),
});

export const practiceListResponse = z.object({ practices: z.array(practiceListItem) });
export const submitResponse = z.object({
  practiceId: z.string(),
  revision: z.number().int(),
  status: practiceStatusSchema,
});

export const practiceDetailResponse = practiceListItem.extend({
  revisions: z.number().int().meta({ description: 'Сколько версий карточки хранится' }),
  card: practiceCardSchema,
});

export const catalogueItem = z.object({
  practiceId: z.string(),
  title: z.string(),
  schoolId: z.string(),
  organizationName: z.string(),
  municipality: z.string(),
  form: z.string(),
  formName: z.string(),
  roleModel: z.string(),
  targetGroup: z.string(),
  goal: z.string(),
  level: bankLevelSchema,
  acceptedAt: z.string(),
  url: z.string().meta({ description: 'Страница практики в каталоге (путь на этом сервисе)' }),
  authors: z.array(z.object({ fullName: z.string(), position: z.string() })),
});

export const catalogueResponse = z.object({
  practices: z.array(catalogueItem),
  /** The values the filters take in the bank now. */
  filters: z.object({ municipalities: z.array(z.string()), roleModels: z.array(z.string()) }),
});

export const cataloguePracticeResponse = catalogueItem.extend({ card: practiceCardSchema });

export const catalogueSettingsResponse = z.object({ open: z.boolean() });

export const bankCountsResponse = z.object({
  municipalities: z.array(
    z.object({ municipality: z.string(), municipal: z.number().int(), regional: z.number().int() }),
  ),
});
