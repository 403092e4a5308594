// The Google sync on the dashboard: the latest run, live while it goes on (a progress bar, each
// school's error), when it ended and when the next scheduled run starts. Shown once a run exists.
import { h } from './dom';
import { formatCount, formatDateTime, plural } from './format';

/** GET /api/v1/sync/latest (the service's OpenAPI description has the full schema). */
interface SyncRun {
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  total: number;
  done: number;
  estimatedSecondsLeft: number | null;
  nextScheduledAt: string | null;
  error: string | null;
  results: Array<{ id: string; status: 'ok' | 'unchanged' | 'error'; error?: string }>;
}

const POLL_MS = 2000;

function timeLeft(seconds: number): string {
  if (seconds < 60) return `${formatCount(seconds)} ${plural(seconds, ['секунда', 'секунды', 'секунд'])}`;
  const minutes = Math.ceil(seconds / 60);
  return `${formatCount(minutes)} ${plural(minutes, ['минута', 'минуты', 'минут'])}`;
}

/** The administrator's button: POST /api/v1/sync with the session (same Origin), then follow the run. */
function startButton(start: () => void, running: boolean): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'sync-start', disabled: running },
    running ? 'Синхронизация идёт…' : 'Запустить синхронизацию',
  );
  button.addEventListener('click', start);
  return button;
}

function emptyView(start: () => void): HTMLElement {
  return h(
    'section',
    { id: 'sync-run', class: 'panel', 'aria-labelledby': 'sync-run-title' },
    h('h2', { id: 'sync-run-title' }, 'Синхронизация'),
    h('p', {}, 'Отчёты организаций, которые ведут таблицу Google, ещё не забирались.'),
    startButton(start, false),
  );
}

function view(run: SyncRun, start?: () => void): HTMLElement {
  const count = (status: string) => run.results.filter((r) => r.status === status).length;
  const failed = run.results.filter((r) => r.status === 'error');
  const percent = run.total === 0 ? 100 : Math.round((run.done / run.total) * 100);
  const head =
    run.state === 'running'
      ? `Идёт синхронизация с таблицами Google: ${formatCount(run.done)} из ${formatCount(run.total)} (${percent} %)` +
        (run.estimatedSecondsLeft ? `, осталось около ${timeLeft(run.estimatedSecondsLeft)}` : '')
      : run.state === 'failed'
        ? `Синхронизация ${formatDateTime(run.startedAt)} прервана: ${run.error ?? ''}`
        : `Синхронизация с таблицами Google ${formatDateTime(run.finishedAt)}: прочитано ${formatCount(count('ok'))}, без изменений ${formatCount(count('unchanged'))}, ошибок ${formatCount(failed.length)}`;
  return h(
    'section',
    { id: 'sync-run', class: 'panel', 'aria-labelledby': 'sync-run-title', 'aria-live': 'polite' },
    h('h2', { id: 'sync-run-title' }, 'Синхронизация'),
    h('p', {}, head),
    run.state === 'running'
      ? h('progress', { max: Math.max(run.total, 1), value: run.done, 'aria-label': 'Ход синхронизации' })
      : null,
    failed.length
      ? h(
          'ul',
          { class: 'missing-list' },
          failed.map((r) =>
            h('li', {}, h('strong', {}, r.id), ': ', h('span', { class: 'sync-error' }, r.error ?? '')),
          ),
        )
      : null,
    run.nextScheduledAt
      ? h('p', { class: 'muted' }, `Следующая по расписанию — ${formatDateTime(run.nextScheduledAt)}.`)
      : null,
    start ? startButton(start, run.state === 'running') : null,
  );
}

/** Shows the latest run before `anchor`, refreshed while it runs; `admin` adds the start button. */
export function mountSyncProgress(anchor: HTMLElement, admin = false): void {
  const slot = h('div', { class: 'sync-slot' });
  let shown = false;
  const show = (content: HTMLElement) => {
    slot.replaceChildren(content);
    if (!shown) anchor.before(slot);
    shown = true;
  };
  const start = () => {
    void fetch('/api/v1/sync', { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (res.ok) return refresh();
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        show(
          h(
            'section',
            { id: 'sync-run', class: 'panel' },
            h('h2', {}, 'Синхронизация'),
            h('p', { class: 'sync-error' }, body?.error?.message ?? `Сервис ответил ${res.status}`),
          ),
        );
      })
      .catch(() => undefined);
  };
  const refresh = async (): Promise<void> => {
    const res = await fetch('/api/v1/sync/latest', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    }).catch(() => null);
    if (res?.status === 404 && admin) return show(emptyView(start));
    if (!res?.ok) return; // no run yet, or the session ended (the indicators view handles that)
    const run = (await res.json()) as SyncRun;
    show(view(run, admin ? start : undefined));
    if (run.state === 'running') setTimeout(() => void refresh(), POLL_MS);
  };
  void refresh();
}
