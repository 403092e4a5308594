// The administration page shell (admin only); the client script draws its four sections.
import { demoBanner, escapeHtml, htmlPage } from './layout';

export const ADMIN_SECTIONS = [
  ['organisations', 'Организации'],
  ['tokens', 'Токены'],
  ['region', 'Регион и цели'],
  ['audit', 'Журнал действий'],
] as const;

export function renderAdminPage(opts: { demo: boolean; regionName: string }): string {
  const region = escapeHtml(opts.regionName);
  const tabs = ADMIN_SECTIONS.map(
    ([id, title]) => `<a class="admin-tab" href="#${id}" data-section="${id}">${title}</a>`,
  ).join('\n    ');
  return htmlPage({
    title: `${opts.regionName}: администрирование — «Наставник»`,
    script: '/assets/admin.js',
    styles: ['/assets/admin.css'],
    bodyClass: 'admin-body',
    body: `<a class="skip" href="#admin">Перейти к администрированию</a>
${demoBanner(opts.demo)}
<header class="topbar">
  <div class="brand">
    <span class="logo" aria-hidden="true">Н</span>
    <div>
      <p class="product">«Наставник» · администрирование</p>
      <h1 id="region-name">${region}</h1>
    </div>
  </div>
  <div class="controls">
    <a class="topbar-link" href="/">Показатели</a>
    <form method="post" action="/logout"><button type="submit" class="secondary">Выйти</button></form>
  </div>
</header>
<nav class="admin-tabs" aria-label="Разделы администрирования">
    ${tabs}
</nav>
<main id="admin" tabindex="-1">
  <p class="loading" role="status">Загружаем…</p>
</main>
<noscript><p class="panel error">Для администрирования нужен JavaScript.</p></noscript>`,
  });
}
