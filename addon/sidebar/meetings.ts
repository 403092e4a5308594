// The meetings dialog: add a meeting of a pair, complete a pair whose final meeting is held, see
// the pairs over a week without a meeting and switch the reminder shown when the spreadsheet opens.
import type { MeetingDialogData, MeetingsApi, PairChoice } from '../server/meetings/meetings-wire';
import { banner, busy, byId, h, fill, list } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<MeetingsApi>();
let data: MeetingDialogData | null = null;

const input = (id: string) => byId<HTMLInputElement>(id);
const select = (id: string) => byId<HTMLSelectElement>(id);

function pairLabel(p: PairChoice): string {
  return `${p.pairId} — ${p.mentor} → ${p.mentees}${p.status === 'завершена' ? ' (завершена)' : ''}`;
}

function describePair(): void {
  const p = data?.pairs.find((x) => x.pairId === select('pair').value);
  byId('pair-info').textContent = p
    ? `Этап: ${p.stage || 'встреч ещё не было'}; последняя встреча: ${p.lastMeeting || '—'}${p.overdue ? ` — без встреч ${p.daysWithoutMeeting} дн.` : ''}${p.readyToComplete ? '; итоговая встреча проведена — пару можно завершить' : ''}`
    : '';
}

function render(d: MeetingDialogData): void {
  data = d;
  const chosen = select('pair').value;
  select('pair').replaceChildren(
    ...d.pairs.map((p) => h('option', { value: p.pairId, selected: p.pairId === chosen }, pairLabel(p))),
  );
  if (select('type').options.length === 0)
    select('type').replaceChildren(...d.types.map((t) => h('option', { value: t }, t)));
  if (!input('date').value) input('date').value = d.today;
  const overdue = d.pairs.filter((p) => p.overdue);
  fill(
    byId('overdue'),
    overdue.length
      ? list(overdue.map((p) => `${pairLabel(p)}: ${p.daysWithoutMeeting} дн. без встречи`))
      : h('p', { class: 'hint' }, 'Таких пар нет.'),
  );
  input('digest').checked = d.digest.enabled;
  byId('digest-info').textContent = d.digest.enabled
    ? 'Когда вы открываете таблицу и такие пары есть, внизу появится сообщение с их числом. Список — в меню «Встречи → Пары без встреч больше недели».'
    : '';
  if (d.pairs.length === 0) banner('Нет утверждённых пар: сначала подберите и утвердите пары.', 'info');
  else if (d.problems.length)
    banner(`${d.leftOut || 'Строки с ошибками не учтены.'} Исправьте их:\n${d.problems.join('\n')}`, 'error');
  describePair();
}

async function add(): Promise<void> {
  banner('');
  const request = {
    pairId: select('pair').value,
    type: select('type').value,
    date: input('date').value,
    topic: input('topic').value,
    outcome: input('outcome').value,
    mentorScore: input('mentor-score').value,
    menteeScore: input('mentee-score').value,
    comment: input('comment').value,
  };
  try {
    const result = await busy('Записываю встречу…', () => call('addMeeting', request));
    render(result.data);
    for (const id of ['topic', 'outcome', 'mentor-score', 'mentee-score', 'comment']) input(id).value = '';
    banner(result.message, 'ok');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function complete(): Promise<void> {
  banner('');
  try {
    const r = await busy('Завершаю пару…', () => call('completePair', select('pair').value));
    render(r.data);
    if (r.completed)
      banner(
        [`Пара завершена; статус «завершил» у наставляемых: ${r.menteesCompleted}.`, ...r.warnings].join('\n'),
        'ok',
      );
    else banner([...r.blockers, ...r.warnings].join('\n'), 'error');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function digest(): Promise<void> {
  try {
    const state = await busy('Сохраняю…', () => call('setDigest', input('digest').checked));
    if (data) render({ ...data, digest: state });
  } catch (error) {
    input('digest').checked = !input('digest').checked;
    banner((error as Error).message, 'error');
  }
}

async function start(): Promise<void> {
  byId('close').addEventListener('click', closeDialog);
  byId('add').addEventListener('click', () => void add());
  byId('complete').addEventListener('click', () => void complete());
  select('pair').addEventListener('change', describePair);
  input('digest').addEventListener('change', () => void digest());
  try {
    render(await busy('Загрузка…', () => call('meetingDialogData')));
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

void start();
