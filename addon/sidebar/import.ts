// The import dialog: choose a responses sheet and a registry, check the question → column mapping,
// import the new answers and read the summary (added, updated, skipped with reasons, no consent).
import type { ImportApi, ImportPreview, ImportResult, RegistryKey } from '../server/questionnaire/import-wire';
import { banner, busy, byId, h, fill, list, show } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<ImportApi>();
let preview: ImportPreview | null = null;

function registry(): RegistryKey | null {
  const checked = document.querySelector<HTMLInputElement>('input[name=registry]:checked');
  return checked ? (checked.value as RegistryKey) : null;
}

function renderMapping(p: ImportPreview): void {
  preview = p;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=registry]'))
    input.checked = input.value === p.registry;
  byId('news').textContent =
    p.newAnswers > 0
      ? `Новых ответов: ${p.newAnswers} из ${p.totalAnswers}.`
      : `Новых ответов нет (всего ответов: ${p.totalAnswers}).`;
  const rows = byId('rows');
  rows.replaceChildren();
  p.headers.forEach((header, i) => {
    const select = h('select', { 'data-index': String(i), 'aria-label': header });
    select.append(h('option', { value: '' }, '— не загружать —'));
    for (const t of p.targets) select.append(h('option', { value: t.key, selected: p.mapping[i] === t.key }, t.header));
    rows.append(h('tr', {}, h('td', {}, header), h('td', {}, select)));
  });
  show(byId('mapping'), true);
  show(byId('summary'), false);
  const button = byId<HTMLButtonElement>('import');
  button.textContent = p.newAnswers > 0 ? `Импортировать ${p.newAnswers}` : 'Импортировать';
  button.disabled = p.newAnswers === 0;
}

function currentMapping(): (string | null)[] {
  const selects = [...document.querySelectorAll<HTMLSelectElement>('#rows select')];
  return selects.map((s) => (s.value === '' ? null : s.value));
}

async function loadPreview(chosen: RegistryKey | null): Promise<void> {
  banner('');
  const sheetId = Number(byId<HTMLSelectElement>('sheet').value);
  if (!Number.isFinite(sheetId)) return;
  try {
    renderMapping(await busy('Читаю ответы…', () => call('previewImport', sheetId, chosen)));
  } catch (error) {
    show(byId('mapping'), false);
    banner((error as Error).message, 'error');
  }
}

function people(title: string, items: { answerRow: number; id: string; fullName: string }[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'div',
    {},
    h('h2', {}, `${title}: ${items.length}`),
    list(items.map((p) => `${p.id} — ${p.fullName} (строка ответа ${p.answerRow})`)),
  );
}

function renderSummary(r: ImportResult): void {
  const box = byId('summary');
  const count = (n: number, label: string) => h('div', {}, h('span', { class: 'count' }, String(n)), label);
  fill(
    box,
    h(
      'div',
      { class: 'counts' },
      count(r.added.length, 'добавлено'),
      count(r.updated.length, 'обновлено'),
      count(r.skipped.length, 'пропущено'),
    ),
    h('p', {}, `Лист «${r.registrySheet}», рассмотрено новых ответов: ${r.considered}.`),
    people('Добавлены', r.added),
    people('Обновлены (тот же человек ответил снова)', r.updated),
    r.skipped.length
      ? h(
          'div',
          {},
          h('h2', {}, 'Пропущены'),
          list(r.skipped.map((s) => `Строка ${s.answerRow}${s.fullName ? ` (${s.fullName})` : ''}: ${s.reason}`)),
        )
      : null,
    r.noConsent.length
      ? h(
          'div',
          { class: 'warn' },
          h('h2', {}, `Нет согласия на обработку ПДн: ${r.noConsent.length}`),
          h(
            'p',
            {},
            'Пока согласие не получено (для несовершеннолетних — от родителя), участник не попадёт в подбор пар.',
          ),
          list(r.noConsent.map((p) => `${p.id} — ${p.fullName}`)),
        )
      : null,
    r.warnings.length
      ? h(
          'div',
          { class: 'warn' },
          h('h2', {}, 'Проверьте'),
          list(r.warnings.map((w) => `Строка ${w.answerRow} (${w.fullName}): ${w.message}`)),
        )
      : null,
  );
  show(byId('mapping'), false);
  show(box, true);
  const button = byId<HTMLButtonElement>('import');
  button.textContent = 'Импортировано';
  button.disabled = true;
  banner(
    r.added.length + r.updated.length > 0 ? 'Ответы перенесены в реестр.' : 'В реестре ничего не изменилось.',
    'ok',
  );
}

async function runImport(): Promise<void> {
  if (!preview) return;
  const mapping = currentMapping();
  if (!mapping.includes('fullName')) {
    banner('Укажите, какой вопрос содержит ФИО: по нему ответ сопоставляется с реестром.', 'error');
    return;
  }
  const request = { sheetId: preview.sheetId, registry: registry() ?? preview.registry, mapping };
  try {
    renderSummary(await busy('Переношу ответы в реестр…', () => call('importAnswers', request)));
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function start(): Promise<void> {
  byId('close').addEventListener('click', closeDialog);
  byId('import').addEventListener('click', () => void runImport());
  try {
    const data = await busy('Загрузка…', () => call('importDialogData'));
    const registries = byId('registries');
    for (const r of data.registries) {
      const input = h('input', { type: 'radio', name: 'registry', value: r.key });
      input.addEventListener('change', () => void loadPreview(r.key));
      registries.append(h('label', { class: 'choice' }, input, `«${r.sheet}»`));
    }
    const select = byId<HTMLSelectElement>('sheet');
    if (data.sheets.length === 0) {
      banner(
        'В таблице нет листов с ответами. Создайте анкету («Наставничество → Анкеты») или вставьте ответы на отдельный лист.',
        'info',
      );
      return;
    }
    for (const s of data.sheets)
      select.append(h('option', { value: String(s.sheetId) }, s.linkedToForm ? `${s.name} (Google Форма)` : s.name));
    select.addEventListener('change', () => void loadPreview(null));
    await loadPreview(null);
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

void start();
