// Server-rendered shells of the bank of practices: the review page (administrator, methodologist) and
// the catalogue with a page per practice. They hold no data: the client scripts fetch the API.
import { demoBanner, escapeHtml, htmlPage } from './layout';

interface ShellOptions {
  demo: boolean;
  regionName: string;
  /** Signed in to the dashboard (a session): the links back and «Выйти» are shown. */
  signedIn: boolean;
  admin?: boolean;
}

function topbar(opts: ShellOptions, product: string, links: Array<[href: string, text: string]>): string {
  const anchors = links.map(([href, text]) => `<a class="topbar-link" href="${href}">${text}</a>`).join('\n    ');
  const logout = opts.signedIn
    ? '\n    <form method="post" action="/logout"><button type="submit" class="secondary">Выйти</button></form>'
    : '';
  return `<header class="topbar">
  <div class="brand">
    <span class="logo" aria-hidden="true">Н</span>
    <div>
      <p class="product">«Наставник» · ${product}</p>
      <h1 id="region-name">${escapeHtml(opts.regionName)}</h1>
    </div>
  </div>
  <div class="controls">
    ${anchors}${logout}
  </div>
</header>`;
}

export function renderReviewPage(opts: ShellOptions): string {
  const links: Array<[string, string]> = [
    ['/', 'Показатели'],
    ['/catalogue', 'Каталог практик'],
  ];
  if (opts.admin) links.push(['/admin', 'Администрирование']);
  return htmlPage({
    title: `${opts.regionName}: рассмотрение практик — «Наставник»`,
    script: '/assets/review.js',
    styles: ['/assets/practices.css'],
    body: `<a class="skip" href="#review">Перейти к практикам</a>
${demoBanner(opts.demo)}
${topbar(opts, 'банк практик: рассмотрение', links)}
<main id="review" tabindex="-1">
  <p class="loading" role="status">Загружаем практики…</p>
</main>
<noscript><p class="panel error">Для рассмотрения практик нужен JavaScript.</p></noscript>`,
  });
}

export function renderCataloguePage(opts: ShellOptions & { practiceId?: string; reviewer?: boolean }): string {
  const links: Array<[string, string]> = [];
  if (opts.signedIn) links.push(['/', 'Показатели']);
  if (opts.reviewer) links.push(['/review', 'Рассмотрение практик']);
  if (opts.practiceId) links.unshift(['/catalogue', 'Весь каталог']);
  const target = opts.practiceId ? ` data-practice-id="${escapeHtml(opts.practiceId)}"` : '';
  return htmlPage({
    title: `${opts.regionName}: банк практик наставничества — «Наставник»`,
    script: '/assets/catalogue.js',
    styles: ['/assets/practices.css'],
    body: `<a class="skip" href="#catalogue">Перейти к каталогу</a>
${demoBanner(opts.demo)}
${topbar(opts, 'банк практик наставничества', links)}
<main id="catalogue" tabindex="-1"${target}>
  <p class="loading" role="status">Загружаем каталог…</p>
</main>
<noscript><p class="panel error">Для каталога нужен JavaScript. Банк практик можно скачать без него:
<a href="/api/v1/catalogue/practices.xlsx">банк практик в Excel</a>.</p></noscript>`,
  });
}
