// Server-rendered pages of the regional dashboard; the data is drawn by the client script.
import { demoBanner, escapeHtml, htmlPage } from './layout';

export { assetRoutes } from './assets';

export interface PageOptions {
  demo: boolean;
  regionName?: string;
  /** The administrator sees the link to the administration pages. */
  admin?: boolean;
  /** The administrator and a methodologist see the link to the review of practices. */
  reviewer?: boolean;
}

/** The login page (token form that POSTs to /login). Holds no data. */
export function renderLoginPage(opts: PageOptions & { error?: string }): string {
  const error = opts.error ? `<p class="form-error" role="alert" id="login-error">${escapeHtml(opts.error)}</p>` : '';
  const described = opts.error ? ' aria-describedby="login-error token-hint"' : ' aria-describedby="token-hint"';
  const hint = opts.demo
    ? 'Токен администратора демонстрационного региона напечатан в консоли, где запущен <code>npm run demo</code>.'
    : 'Токен выдаёт администратор регионального сервиса: токен администратора (<code>ADMIN_TOKEN</code>), наблюдателя или методиста.';
  const region = opts.regionName ? `<p class="login-region">${escapeHtml(opts.regionName)}</p>` : '';
  return htmlPage({
    title: 'Вход — «Наставник»',
    bodyClass: 'login-body',
    body: `${demoBanner(opts.demo)}
<main class="login">
  <div class="login-card">
    <p class="product"><span class="logo" aria-hidden="true">Н</span>«Наставник» · региональные показатели</p>
    ${region}
    <h1>Вход в панель показателей</h1>
    ${error}
    <form method="post" action="/login">
      <label for="token">Токен доступа</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required autofocus spellcheck="false"${described}>
      <p class="hint" id="token-hint">${hint}</p>
      <button type="submit">Войти</button>
    </form>
  </div>
</main>`,
  });
}

/** The dashboard shell; it fetches /api/v1/indicators with the session cookie. */
export function renderDashboardPage(opts: PageOptions): string {
  const region = escapeHtml(opts.regionName ?? 'Регион');
  return htmlPage({
    title: `${opts.regionName ?? 'Регион'}: показатели — «Наставник»`,
    script: '/assets/dashboard.js',
    body: `<a class="skip" href="#app">Перейти к показателям</a>
${demoBanner(opts.demo)}
<header class="topbar">
  <div class="brand">
    <span class="logo" aria-hidden="true">Н</span>
    <div>
      <p class="product">«Наставник» · целевая модель наставничества</p>
      <h1 id="region-name">${region}</h1>
    </div>
  </div>
  <div class="controls">
    <label for="period">Период</label>
    <select id="period" name="period"></select>
    <a class="topbar-link" href="/catalogue">Банк практик</a>${opts.reviewer ? '\n    <a class="topbar-link" href="/review">Рассмотрение практик</a>' : ''}${opts.admin ? '\n    <a class="topbar-link" href="/admin">Администрирование</a>' : ''}
    <form method="post" action="/logout"><button type="submit" class="secondary">Выйти</button></form>
  </div>
</header>
<main id="app" tabindex="-1">
  <p class="loading" role="status">Загружаем показатели…</p>
</main>
<noscript><p class="panel error">Для панели показателей нужен JavaScript. Таблицы можно скачать без него:
<a href="/api/v1/indicators.xlsx?period=${new Date().getFullYear()}">XLSX за текущий год</a>.</p></noscript>
<footer class="footer">Доли считаются как сумма числителей к сумме знаменателей; предприятие учитывается один раз по ИНН.</footer>`,
  });
}
