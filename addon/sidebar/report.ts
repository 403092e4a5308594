// The «Отчёт в регион» dialog: the connection (service address, school token), the report exactly
// as it would be sent, and sending it with a clear message for every answer of the service.
import type { ConnectionState, ReportApi, ReportPreview } from '../server/report/report-wire';
import { banner, busy, byId, h, fill, list } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<ReportApi>();
const input = (id: string) => byId<HTMLInputElement>(id);

function showConnection(c: ConnectionState): void {
  input('url').value = c.serviceUrl;
  input('account').value = c.serviceAccount;
  input('token').value = '';
  input('token').placeholder = c.tokenSaved ? 'сохранён — оставьте пустым, чтобы не менять' : 'не указан';
  byId('token-state').textContent = c.tokenSaved ? '(сохранён)' : '';
}

/** The preview shown last: its rows with problems need the curator's confirmation before anything leaves. */
let shown: ReportPreview | null = null;

function showPreview(p: ReportPreview): void {
  shown = p;
  input('period').value = p.period;
  fill(
    byId('preview'),
    p.issues.length
      ? h('div', { class: 'warn' }, h('p', {}, 'Отчёт пока не собрать — заполните:'), list(p.issues))
      : null,
    p.problemCount ? problemsBlock(p) : null,
    p.rows.length
      ? h('table', {}, ...p.rows.map((r) => h('tr', {}, h('td', {}, r.label), h('td', {}, r.value))))
      : null,
    p.notes.length ? h('div', { class: 'hint' }, h('p', {}, 'Примечания:'), list(p.notes)) : null,
  );
}

/** The rows left out, each at its cell, and the explicit confirmation to send the report without them. */
function problemsBlock(p: ReportPreview): HTMLElement {
  const more = p.problemCount - p.problems.filter((line) => !line.startsWith('…')).length;
  return h(
    'div',
    { class: 'warn', id: 'report-problems' },
    h('p', {}, `${p.leftOut} Числа отчёта их не включают — исправьте эти строки и нажмите «Обновить отчёт»:`),
    list(p.problems),
    more > 0 ? h('p', { class: 'hint' }, `Всего строк с ошибками: ${p.problemCount}.`) : null,
    h(
      'label',
      { class: 'choice' },
      h('input', { id: 'allow-problems', type: 'checkbox' }),
      'Отправить без строк с ошибками: я видел(а) список, числа отчёта их не включают',
    ),
  );
}

/** True when the report may leave: no rows left out, or the curator ticked the confirmation. */
function confirmed(): boolean {
  if (!shown || shown.problemCount === 0) return true;
  if (byId<HTMLInputElement>('allow-problems').checked) return true;
  banner(
    'В отчёте не учтены строки с ошибками (список — в разделе «Отчёт»). Исправьте их или отметьте «Отправить без строк с ошибками».',
    'error',
  );
  return false;
}

function allowProblems(): boolean {
  return Boolean(shown && shown.problemCount > 0 && byId<HTMLInputElement>('allow-problems').checked);
}

async function load(period: string): Promise<void> {
  const d = await busy('Собираю отчёт…', () => call('reportDialogData', period));
  showConnection(d.connection);
  showPreview(d.preview);
}

async function save(): Promise<void> {
  banner('');
  try {
    showConnection(
      await busy('Сохраняю…', () =>
        call('saveConnection', {
          serviceUrl: input('url').value,
          token: input('token').value,
          serviceAccount: input('account').value,
        }),
      ),
    );
    banner('Подключение сохранено.', 'ok');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function send(): Promise<void> {
  banner('');
  if (!confirmed()) return;
  try {
    const r = await busy('Отправляю отчёт…', () => call('sendReport', input('period').value, allowProblems()));
    banner([r.message, ...r.issues].join('\n'), r.ok ? 'ok' : 'error');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

/** Marks the server's refusal of another editor's report spreadsheet, which offers a personal copy. */
const OFFERS_COPY = 'создать свою копию таблицы отчёта';

async function publish(personalCopy: boolean): Promise<void> {
  banner('');
  if (!confirmed()) return;
  const copy = byId('copy');
  try {
    const r = await busy('Заполняю таблицу отчёта…', () =>
      call('writeReportSpreadsheet', input('period').value, personalCopy, allowProblems()),
    );
    copy.hidden = true;
    banner(r.message, 'ok');
  } catch (error) {
    const message = (error as Error).message;
    copy.hidden = !message.includes(OFFERS_COPY);
    banner(message, 'error');
  }
}

async function start(): Promise<void> {
  byId('close').addEventListener('click', closeDialog);
  byId('save').addEventListener('click', () => void save());
  byId('send').addEventListener('click', () => void send());
  byId('sheet').addEventListener('click', () => void publish(false));
  byId('copy').addEventListener('click', () => void publish(true));
  byId('refresh').addEventListener(
    'click',
    () => void load(input('period').value).catch((e: Error) => banner(e.message, 'error')),
  );
  try {
    await load('');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

void start();
