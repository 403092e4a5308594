// OpenAPI operations of the dashboard pages: /, /login, /logout, /admin, /assets/*.
import * as z from 'zod';
import { SESSION_HOURS } from '../../routes/dashboard';
import type { Operation } from '../operation';

const TAG = 'Панель региона';
const html = (description: string) => ({ description, media: { 'text/html': undefined } });
const seeOther = (description: string) => ({ description, headers: { Location: 'Куда перейти: /' } });
const asset = (path: string, media: string): Operation => ({
  method: 'get',
  path,
  tag: TAG,
  summary: 'Файл оформления и сценария панели',
  access: 'public',
  responses: {
    200: { description: 'Файл', media: { [media]: undefined } },
    304: { description: 'Не изменился (If-None-Match)' },
  },
});

export const dashboardOperations: Operation[] = [
  {
    method: 'get',
    path: '/',
    tag: TAG,
    summary: 'Панель региона (или форма входа)',
    description: 'С cookie сессии или токеном наблюдателя/администратора — панель; иначе — форма входа.',
    access: 'public',
    responses: {
      200: html('Панель или, для входа, форма'),
      401: html('Форма входа: сессии нет или она истекла'),
      403: html('Форма входа: токен организации панель не открывает'),
    },
  },
  {
    method: 'post',
    path: '/login',
    tag: TAG,
    summary: 'Вход в панель по токену наблюдателя или администратора',
    description: `Ставит cookie сессии (HttpOnly, SameSite=Strict, ${SESSION_HOURS} часов).`,
    access: 'public',
    body: { media: 'application/x-www-form-urlencoded', schema: z.object({ token: z.string() }) },
    responses: {
      303: seeOther('Вход выполнен'),
      401: html('Токен не найден или не введён'),
      403: html('Токен организации панель не открывает'),
      415: html('Форма отправлена в неожиданном формате'),
    },
  },
  {
    method: 'post',
    path: '/logout',
    tag: TAG,
    summary: 'Выход из панели: сессия завершается',
    access: 'public',
    responses: { 303: seeOther('Сессия завершена') },
  },
  asset('/assets/dashboard.js', 'text/javascript'),
  asset('/assets/dashboard.css', 'text/css'),
  {
    method: 'get',
    path: '/admin',
    tag: TAG,
    summary: 'Администрирование: организации, токены, регион и цели, журнал действий',
    description: 'Только администратору (cookie сессии или токен); остальных отправляет на панель.',
    access: 'public',
    responses: { 200: html('Страница администрирования'), 303: seeOther('Не администратор или нет сессии: на панель') },
  },
  asset('/assets/admin.js', 'text/javascript'),
  asset('/assets/admin.css', 'text/css'),
];
