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

function view(run: SyncRun): HTMLElement {
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
    run.state === 'running' ? h('progress', { max: Math.max(run.total, 1), value: run.done, 'aria-label': 'Ход синхронизации' }) : null,
    failed.length
      ? h(
          'ul',
          { class: 'missing-list' },
          failed.map((r) => h('li', {}, h('strong', {}, r.id), ': ', h('span', { class: 'sync-error' }, r.error ?? ''))),
        )
      : null,
    run.nextScheduledAt ? h('p', { class: 'muted' }, `Следующая по расписанию — ${formatDateTime(run.nextScheduledAt)}.`) : null,
  );
}

/** Shows the latest run before `anchor`, refreshed while it runs. */
export function mountSyncProgress(anchor: HTMLElement): void {
  const slot = h('div', { class: 'sync-slot' });
  let shown = false;
  const refresh = async () => {
    const res = await fetch('/api/v1/sync/latest', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null);
    if (!res?.ok) return; // no run yet, or the session ended (the indicators view handles that)
    const run = (await res.json()) as SyncRun;
    slot.replaceChildren(view(run));
    if (!shown) anchor.before(slot);
    shown = true;
    if (run.state === 'running') setTimeout(() => void refresh(), POLL_MS);
  };
  void refresh();
}
