// Dashboard client: loads the consolidated indicators of a period and renders them.
import { bankCountsSection } from './bank-counts';
import { indicatorCard } from './cards';
import { chartLegend, destroyCharts, renderCharts } from './charts';
import { h, section } from './dom';
import { formatCount, formatDateTime, plural } from './format';
import { municipalitiesTable, schoolsTable } from './tables-view';
import { mountSyncProgress } from './sync-progress';
import { INDICATOR_KEYS, type IndicatorsResponse, type MissingSchool, type SchoolRow } from './types';

const app = document.getElementById('app')!;
const periodSelect = document.getElementById('period') as HTMLSelectElement;
const regionName = document.getElementById('region-name')!;

/** The period asked for in the address, or null for the service's default (the year most organisations report for). */
function periodFromUrl(): string | null {
  const fromUrl = new URLSearchParams(location.search).get('period');
  return fromUrl && /^\d{4}$/.test(fromUrl) ? fromUrl : null;
}

/** The periods that have reports, the current year and the shown one, latest first. */
function fillPeriods(data: IndicatorsResponse): void {
  const years = new Set([...(data.periods ?? []), String(new Date().getFullYear()), data.period]);
  periodSelect.replaceChildren(
    ...[...years]
      .sort()
      .reverse()
      .map((y) => h('option', { value: y, selected: y === data.period }, `${y} год`)),
  );
}

function downloads(period: string): HTMLElement {
  const q = encodeURIComponent(period);
  // The service names the files (Content-Disposition), in Russian.
  const link = (href: string, text: string) => h('a', { href, download: true, class: 'download' }, text);
  return h(
    'nav',
    { class: 'downloads', 'aria-label': 'Скачать таблицы' },
    h('span', { class: 'muted' }, 'Скачать: '),
    link(`/api/v1/indicators.xlsx?period=${q}`, 'Excel (XLSX)'),
    link(`/api/v1/indicators.csv?period=${q}&level=school`, 'CSV по организациям'),
    link(`/api/v1/indicators.csv?period=${q}&level=municipality`, 'CSV по муниципалитетам'),
    link(`/api/v1/indicators.csv?period=${q}&level=region`, 'CSV по региону'),
  );
}

function missingSection(data: IndicatorsResponse): HTMLElement {
  const missing: MissingSchool[] = data.missing ?? [];
  const body =
    missing.length === 0
      ? h('p', { class: 'ok' }, `Все зарегистрированные организации прислали отчёт за ${data.period} год.`)
      : h(
          'ul',
          { class: 'missing-list' },
          missing.map((s) =>
            h(
              'li',
              {},
              h('strong', {}, s.name),
              h('span', { class: 'muted' }, ` · ${s.municipality}`),
              s.lastSyncError
                ? h('span', { class: 'sync-error' }, ` ⚠ ошибка синхронизации: ${s.lastSyncError}`)
                : null,
            ),
          ),
        );
  return section('missing', `Не прислали отчёт за ${data.period} год: ${formatCount(missing.length)}`, body);
}

function syncErrorsSection(schools: (SchoolRow | MissingSchool)[]): HTMLElement | null {
  const failed = schools.filter((s) => s.lastSyncError);
  if (failed.length === 0) return null;
  return section(
    'sync-errors',
    'Ошибки синхронизации',
    h(
      'ul',
      { class: 'missing-list' },
      failed.map((s) =>
        h(
          'li',
          {},
          h('strong', {}, s.name),
          s.lastSyncErrorAt ? ` (${formatDateTime(s.lastSyncErrorAt)})` : '',
          ': ',
          h('span', { class: 'sync-error' }, s.lastSyncError ?? ''),
        ),
      ),
    ),
  );
}

function render(data: IndicatorsResponse): void {
  const { region } = data;
  regionName.textContent = region.name;
  fillPeriods(data);
  document.title = `${region.name}: показатели за ${data.period} год — «Наставник»`;
  const missingCount = data.missing?.length ?? 0;

  const noSchools = region.schoolsRegistered === 0;
  const summary = noSchools
    ? h(
        'p',
        { class: 'lead' },
        'В регионе пока не зарегистрировано ни одной организации. Администратор добавляет их в разделе ',
        document.querySelector('a.topbar-link[href="/admin"]')
          ? h('a', { href: '/admin#organisations' }, '«Администрирование»')
          : '«Администрирование»',
        ' — по одной или списком из Excel — и выдаёт каждой токен: с ним организация отправляет отчёт из надстройки или командой ',
        h('code', {}, 'npm run nastavnik -- push'),
        '.',
      )
    : h(
        'p',
        { class: 'lead' },
        `Отчёты прислали ${formatCount(region.schoolsReporting)} из ${formatCount(region.schoolsRegistered)} ${plural(region.schoolsRegistered, ['организации', 'организаций', 'организаций'])}.`,
        missingCount > 0 ? [' ', h('a', { href: '#missing' }, `Кто не прислал (${formatCount(missingCount)})`)] : null,
      );
  const charts = h('div', { class: 'charts' });
  const noReports = region.schoolsReporting === 0;

  const parts: (HTMLElement | null)[] = [
    h(
      'section',
      { id: 'region', class: 'panel', 'aria-labelledby': 'region-title' },
      // Nothing to download while no school has reported (the demo always has data).
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'region-title' }, `Показатели региона за ${data.period} год`),
        noReports ? null : downloads(data.period),
      ),
      summary,
      noSchools
        ? null
        : noReports
          ? h('p', { class: 'empty' }, `За ${data.period} год пока нет ни одного отчёта.`)
          : h(
              'div',
              { class: 'cards' },
              INDICATOR_KEYS.map((k) => indicatorCard(k, region.indicators[k])),
            ),
    ),
    noReports ? null : section('charts', 'Показатели по муниципалитетам', chartLegend(), charts),
    noReports ? null : section('municipalities', 'Муниципалитеты', municipalitiesTable(data.municipalities)),
    noReports ? null : section('schools', 'Организации', schoolsTable(data.schools)),
    noSchools ? null : bankCountsSection(),
    syncErrorsSection([...data.schools, ...(data.missing ?? [])]),
    noSchools ? null : missingSection(data),
  ];
  app.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  if (!noReports) renderCharts(charts, INDICATOR_KEYS, data);
}

let loading = 0;

async function load(period: string | null): Promise<void> {
  const ticket = ++loading;
  app.setAttribute('aria-busy', 'true');
  try {
    const query = period === null ? '' : `?period=${encodeURIComponent(period)}`;
    const res = await fetch(`/api/v1/indicators${query}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (res.status === 401) {
      location.reload(); // the session has ended: the server shows the login page
      return;
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = (body as { error?: { message?: string } } | null)?.error?.message;
      throw new Error(message ?? `Сервер ответил с кодом ${res.status}.`);
    }
    if (ticket === loading) render(body as IndicatorsResponse);
  } catch (err) {
    if (ticket !== loading) return;
    destroyCharts();
    const reason = err instanceof TypeError ? 'Нет связи с сервером.' : (err as Error).message;
    app.replaceChildren(
      h(
        'div',
        { class: 'panel error', role: 'alert' },
        h('h2', {}, 'Не удалось загрузить показатели'),
        h('p', {}, reason),
      ),
    );
  } finally {
    if (ticket === loading) app.removeAttribute('aria-busy');
  }
}

periodSelect.addEventListener('change', () => {
  const next = periodSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('period', next);
  // A new period starts at the top: a «Кто не прислал» anchor from the previous one is dropped.
  url.hash = '';
  history.replaceState(null, '', url);
  window.scrollTo(0, 0);
  void load(next);
});
void load(periodFromUrl());
mountSyncProgress(app, document.querySelector('a.topbar-link[href="/admin"]') !== null);
