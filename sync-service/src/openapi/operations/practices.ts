// OpenAPI operations of the bank of practices: submission and review (/api/v1/practices) and the
// catalogue of accepted practices (/api/v1/catalogue).
import * as z from 'zod';
import { practiceCardSchema } from '../../../../shared/practice';
import {
  bankCountsResponse,
  catalogueQuery,
  cataloguePracticeResponse,
  catalogueResponse,
  catalogueSettingsBody,
  catalogueSettingsResponse,
  practiceDetailResponse,
  practiceIdParams,
  practiceListItem,
  practiceListQuery,
  practiceListResponse,
  reviewBody,
  submitResponse,
} from '../../routes/schemas/practices';
import { errorBodySchema } from '../document';
import type { Operation } from '../operation';

const TAG = 'Банк практик';
const CATALOGUE = 'Каталог практик';
const OPEN_NOTE = 'Если регион открыл каталог (PUT /api/v1/catalogue/settings), доступен и без токена.';
const missing = { description: 'Нет такой практики (или она чужая, или не в банке)', json: errorBodySchema };

function page(path: string, summary: string, description: string, params?: z.ZodObject): Operation {
  return {
    method: 'get',
    path,
    tag: CATALOGUE,
    summary,
    description,
    access: 'public',
    params,
    responses: {
      200: { description: 'Страница', media: { 'text/html': undefined } },
      303: { description: 'Нет доступа: на панель или вход', headers: { Location: 'Куда перейти: /' } },
    },
  };
}

const asset = (path: string, media: string): Operation => ({
  method: 'get',
  path,
  tag: CATALOGUE,
  summary: 'Файл оформления и сценария страниц банка практик',
  access: 'public',
  responses: {
    200: { description: 'Файл', media: { [media]: undefined } },
    304: { description: 'Не изменился (If-None-Match)' },
  },
});

export const practiceOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/practices',
    tag: TAG,
    summary: 'Отправить карточку практики в банк региона или её новую версию',
    description:
      'Тело — карточка практики версии 1. Тот же practiceId — новая версия (все версии хранятся); новая версия возвращённой или принятой карточки снова ждёт рассмотрения. Почта и телефон автора принимаются только с его согласием на публикацию контактов.',
    access: ['school'],
    body: practiceCardSchema,
    responses: {
      200: { description: 'Новая версия сохранена', json: submitResponse },
      201: { description: 'Карточка принята на рассмотрение', json: submitResponse },
    },
  },
  {
    method: 'get',
    path: '/api/v1/practices',
    tag: TAG,
    summary: 'Карточки организации и решения региона по ним',
    description:
      'Токен организации видит только свои карточки (school обязателен). Администратор и методист без school получают все карточки региона: ждущие рассмотрения первыми.',
    access: ['school', 'admin', 'methodologist'],
    cookie: true,
    query: practiceListQuery,
    responses: { 200: { description: 'Список карточек (без контактов авторов)', json: practiceListResponse } },
  },
  {
    method: 'get',
    path: '/api/v1/practices/{id}',
    tag: TAG,
    summary: 'Карточка практики целиком: текущая версия и решение региона',
    access: ['school', 'admin', 'methodologist'],
    cookie: true,
    params: practiceIdParams,
    responses: { 200: { description: 'Карточка', json: practiceDetailResponse }, 404: missing },
  },
  {
    method: 'post',
    path: '/api/v1/practices/{id}/review',
    tag: TAG,
    summary: 'Решение по практике: принять в муниципальный или региональный банк, вернуть с комментарием, отклонить',
    access: ['admin', 'methodologist'],
    cookie: true,
    params: practiceIdParams,
    body: reviewBody,
    responses: {
      200: { description: 'Решение записано', json: practiceListItem.extend({ message: z.string() }) },
      404: missing,
    },
  },
  {
    method: 'get',
    path: '/api/v1/catalogue/practices',
    tag: CATALOGUE,
    summary: 'Каталог принятых практик: поиск по-русски и фильтры',
    description: `q ищет с учётом словоформ («наставника» находит «наставник»); form, roleModel, municipality, level сужают выбор. ${OPEN_NOTE}`,
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    query: catalogueQuery,
    responses: { 200: { description: 'Найденные практики и значения фильтров', json: catalogueResponse } },
  },
  {
    method: 'get',
    path: '/api/v1/catalogue/practices.xlsx',
    tag: CATALOGUE,
    summary: 'Банк практик в Excel (.xlsx), с теми же фильтрами',
    description: OPEN_NOTE,
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    query: catalogueQuery,
    responses: {
      200: {
        description: 'Книга Excel: строка на практику',
        media: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': undefined },
        headers: { 'Content-Disposition': 'attachment; имя файла «банк-практик.xlsx»' },
      },
    },
  },
  {
    method: 'get',
    path: '/api/v1/catalogue/practices/{id}',
    tag: CATALOGUE,
    summary: 'Практика из каталога: карточка целиком (контакты авторов — только с их согласия)',
    description: OPEN_NOTE,
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    params: practiceIdParams,
    responses: { 200: { description: 'Практика', json: cataloguePracticeResponse }, 404: missing },
  },
  {
    method: 'get',
    path: '/api/v1/catalogue/counts',
    tag: CATALOGUE,
    summary: 'Сколько практик в муниципальном и региональном банке по муниципалитетам',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    responses: { 200: { description: 'Число практик по муниципалитетам', json: bankCountsResponse } },
  },
  {
    method: 'get',
    path: '/api/v1/catalogue/settings',
    tag: CATALOGUE,
    summary: 'Открыт ли каталог без токена',
    access: ['admin', 'viewer', 'methodologist'],
    cookie: true,
    responses: { 200: { description: 'Настройка каталога', json: catalogueSettingsResponse } },
  },
  page(
    '/review',
    'Рассмотрение практик: карточки организаций и решение по каждой',
    'Администратору и методисту (cookie сессии или токен); остальных отправляет на панель.',
  ),
  page(
    '/catalogue',
    'Каталог практик: поиск, фильтры, выгрузка в Excel',
    `Читателям каталога (cookie сессии или токен); без доступа — на страницу входа. ${OPEN_NOTE}`,
  ),
  page(
    '/catalogue/{id}',
    'Страница практики в каталоге',
    `Читателям каталога; без доступа — на страницу входа. ${OPEN_NOTE}`,
    practiceIdParams,
  ),
  asset('/assets/review.js', 'text/javascript'),
  asset('/assets/catalogue.js', 'text/javascript'),
  asset('/assets/practices.css', 'text/css'),
  {
    method: 'put',
    path: '/api/v1/catalogue/settings',
    tag: CATALOGUE,
    summary: 'Открыть каталог для всех или оставить только по токену',
    access: ['admin'],
    cookie: true,
    body: catalogueSettingsBody,
    responses: { 200: { description: 'Настройка сохранена', json: catalogueSettingsResponse } },
  },
];
