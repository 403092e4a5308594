// OpenAPI operations of the description itself and its reference page.
import * as z from 'zod';
import type { Operation } from '../operation';

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const API_DOCS_PATH = '/api/docs';
export const API_DOCS_CSS_PATH = `${API_DOCS_PATH}/style.css`;

const TAG = 'Описание API';

export const apiDocsOperations: Operation[] = [
  {
    method: 'get',
    path: OPENAPI_PATH,
    tag: TAG,
    summary: 'Это описание API в формате OpenAPI 3.1',
    access: 'public',
    responses: {
      200: {
        description: 'Документ OpenAPI 3.1',
        json: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
  {
    method: 'get',
    path: API_DOCS_PATH,
    tag: TAG,
    summary: 'Справочник API: страница, построенная из описания OpenAPI',
    access: 'public',
    responses: { 200: { description: 'Страница HTML', media: { 'text/html': undefined } } },
  },
  {
    method: 'get',
    path: API_DOCS_CSS_PATH,
    tag: TAG,
    summary: 'Оформление справочника API',
    access: 'public',
    responses: { 200: { description: 'CSS', media: { 'text/css': undefined } } },
  },
];
