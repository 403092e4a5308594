// The «Упаковать в практику» dialog: pick a completed programme, read its figures, finish the card
// (theme, goal, content, author's position and consent) and send it to the region's bank.
import type { PracticeApi, PracticeDraftView, PracticeEdits } from '../server/practice/practice-wire';
import { banner, busy, byId, h, fill, list } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<PracticeApi>();
const input = (id: string) => byId<HTMLInputElement>(id);
const area = (id: string) => byId<HTMLTextAreaElement>(id);
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

let draft: PracticeDraftView | null = null;
let connected = false;

function showDraft(d: PracticeDraftView): void {
  draft = d;
  const card = d.card;
  const author = card.authors[0];
  const edits: PracticeEdits = d.saved ?? {
    title: card.title,
    roleModel: card.roleModel,
    targetGroup: card.targetGroup,
    goal: card.goal,
    content: card.content,
    results: card.results,
    materials: card.materials,
    position: author.position,
    ...(author.yearsInPosition !== undefined ? { yearsInPosition: author.yearsInPosition } : {}),
    consentToPublishContacts: false,
  };
  fill(byId('figures'), list(d.figures));
  fill(byId('notes'), d.notes.length ? h('div', { class: 'warn' }, list(d.notes)) : null);
  input('title').value = edits.title;
  byId('form').textContent = d.formName;
  const models = byId<HTMLSelectElement>('role-model');
  fill(models, ...d.roleModels.map((m) => h('option', { value: m, selected: m === edits.roleModel }, m)));
  input('target-group').value = edits.targetGroup;
  area('goal').value = edits.goal;
  area('content').value = edits.content;
  area('results').value = edits.results.join('\n');
  area('materials').value = edits.materials.map((m) => `${m.title} — ${m.url}`).join('\n');
  byId('author').textContent = `${author.fullName}${author.mentorId ? ` (ID ${author.mentorId})` : ''}`;
  input('position').value = edits.position;
  input('years').value = edits.yearsInPosition === undefined ? '' : String(edits.yearsInPosition);
  input('consent').checked = edits.consentToPublishContacts;
  input('email').value = edits.email ?? '';
  input('phone').value = edits.phone ?? '';
  consentChanged();
  byId('card').hidden = false;
  byId<HTMLButtonElement>('send').disabled = !connected;
  banner(d.missing.length ? `Перед отправкой заполните:\n${d.missing.join('\n')}` : '', 'info');
}

/** Contacts are editable only with the author's consent; the registry's ones are offered then. */
function consentChanged(): void {
  const consent = input('consent').checked;
  for (const id of ['email', 'phone'] as const) {
    input(id).disabled = !consent;
    if (consent && !input(id).value) input(id).value = draft?.contacts[id] ?? '';
    if (!consent) input(id).value = '';
  }
}

function material(line: string): { title: string; url: string } {
  const at = line.search(/https?:\/\//i);
  if (at < 0) return { title: line, url: '' };
  return {
    title:
      line
        .slice(0, at)
        .replace(/[\s—–:-]+$/, '')
        .trim() || line.slice(at),
    url: line.slice(at).trim(),
  };
}

function edits(): PracticeEdits {
  const years = input('years').value.trim();
  const consent = input('consent').checked;
  return {
    title: input('title').value,
    roleModel: byId<HTMLSelectElement>('role-model').value,
    targetGroup: input('target-group').value,
    goal: area('goal').value,
    content: area('content').value,
    results: lines(area('results').value),
    materials: lines(area('materials').value).map(material),
    position: input('position').value,
    ...(years ? { yearsInPosition: Number(years.replace(',', '.')) } : {}),
    consentToPublishContacts: consent,
    ...(consent ? { email: input('email').value, phone: input('phone').value } : {}),
  };
}

async function choose(choice: string): Promise<void> {
  banner('');
  if (!choice) return;
  showDraft(await busy('Собираю карточку из таблицы…', () => call('practiceDraft', choice)));
}

/** Years as typed, when they are not a number: over the wire NaN would turn into «no years» unnoticed. */
function badYears(): string | null {
  const years = input('years').value.trim();
  return years && !Number.isFinite(Number(years.replace(',', '.'))) ? years : null;
}

async function send(): Promise<void> {
  if (!draft) return;
  banner('');
  const years = badYears();
  if (years !== null) {
    banner(
      `Карточка не отправлена: «Стаж в должности, лет» — укажите число, например 12 (сейчас «${years}»).`,
      'error',
    );
    input('years').focus();
    return;
  }
  try {
    const r = await busy('Отправляю карточку…', () => call('submitPractice', draft!.choice, edits()));
    banner([r.message, ...r.issues].join('\n'), r.ok ? 'ok' : 'error');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function start(): Promise<void> {
  byId('close').addEventListener('click', closeDialog);
  byId('send').addEventListener('click', () => void send());
  input('consent').addEventListener('change', consentChanged);
  const select = byId<HTMLSelectElement>('programme');
  select.addEventListener('change', () => void choose(select.value).catch((e: Error) => banner(e.message, 'error')));
  try {
    const data = await busy('Ищу завершённые программы…', () => call('practiceDialogData'));
    connected = data.connected;
    byId('hint').textContent = data.hint;
    fill(
      select,
      h('option', { value: '' }, data.programmes.length ? 'Выберите программу…' : 'Нет завершённых программ'),
      ...data.programmes.map((p) => h('option', { value: p.choice }, p.label)),
    );
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

void start();
