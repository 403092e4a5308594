// Request and response bodies of /api/v1/tokens.
import * as z from 'zod';
import { schoolIdSchema } from '../schools';
import { describeRoute } from './describe';

export const tokenLabelSchema = z.string().trim().min(1).max(200);

export const issueTokenBody = z.discriminatedUnion(
  'role',
  [
    z.strictObject({ role: z.literal('viewer'), label: tokenLabelSchema.optional() }),
    z.strictObject({ role: z.literal('methodologist'), label: tokenLabelSchema.optional() }),
    z.strictObject({
      role: z.literal('school'),
      schoolId: schoolIdSchema,
      label: tokenLabelSchema.optional(),
      /** Revoke the school's other tokens together with issuing this one. */
      reissue: z.boolean().optional(),
    }),
  ],
  {
    error:
      'role: «viewer» (наблюдатель), «methodologist» (методист) или «school» со schoolId (новый токен организации)',
  },
);

export const issuedTokenResponse = z.object({
  id: z.string(),
  /** The token itself: shown once, never stored. */
  token: z.string(),
  role: z.enum(['viewer', 'methodologist', 'school']),
  label: z.string(),
  schoolId: z.string().optional(),
  /** Ids of the school's tokens revoked by a reissue. */
  revoked: z.array(z.string()).optional(),
});

export const tokenListItem = z.object({
  id: z.string(),
  role: z.enum(['viewer', 'methodologist', 'school']),
  schoolId: z.string().nullable(),
  label: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const tokenListQuery = z.object({ revoked: z.enum(['true', 'false']).optional() });
export const tokenListResponse = z.object({ tokens: z.array(tokenListItem) });
export const tokenIdParams = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'Идентификатор токена — 16 шестнадцатеричных символов' }),
});
export const revokedTokenResponse = z.object({ id: z.string(), revokedAt: z.string() });

export const TOKEN_ROUTES = [
  describeRoute({
    method: 'post',
    path: '/api/v1/tokens',
    summary: 'Выдать токен наблюдателя, методиста или организации (с подписью)',
    roles: ['admin'],
    body: issueTokenBody,
    responses: { 201: issuedTokenResponse },
  }),
  describeRoute({
    method: 'get',
    path: '/api/v1/tokens',
    summary: 'Выданные токены: подпись, роль, когда выдан и использован (без самих токенов)',
    roles: ['admin'],
    query: tokenListQuery,
    responses: { 200: tokenListResponse },
  }),
  describeRoute({
    method: 'delete',
    path: '/api/v1/tokens/{id}',
    summary: 'Отозвать токен: он и его сессии панели перестают действовать сразу',
    roles: ['admin'],
    params: tokenIdParams,
    responses: { 200: revokedTokenResponse },
  }),
] as const;
