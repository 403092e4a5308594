// The orders dialog: which order, its number, date and signatory (prefilled from «Настройки»),
// then a link to the Google Doc created from the editable template.
import type { OrderDialogData, OrderKindKey, OrderResult, OrdersApi } from '../server/orders/orders-wire';
import { banner, busy, byId, h, fill, list, show } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<OrdersApi>();
let data: OrderDialogData | null = null;

function kind(): OrderKindKey {
  return (document.querySelector<HTMLInputElement>('input[name=kind]:checked')?.value as OrderKindKey) ?? 'pairs';
}

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function fillFor(k: OrderKindKey): void {
  if (!data) return;
  input('number').value = data.defaults[k].number;
  input('date').value = data.defaults[k].date;
  show(byId('all-box'), k === 'pairs');
  describe(k);
}

/** Counts and the template link for the chosen order (refreshed after each order). */
function describe(k: OrderKindKey): void {
  if (!data) return;
  const c = data.counts;
  byId('count').textContent =
    k === 'pairs'
      ? `Утверждённых пар без приказа: ${c.newPairs} (всего утверждённых: ${c.confirmedPairs}).`
      : `Наставников с согласием на обработку ПДн (кроме «выбыл»): ${c.mentors}.`;
  const template = byId('template');
  const url = data.templateUrls[k];
  const owner = data.foreignTemplates?.[k];
  show(byId('own-box'), Boolean(owner));
  template.replaceChildren(
    owner
      ? `Общий шаблон этого приказа создал(а) ${owner}: надстройка может копировать только шаблоны, созданные ею для вас. Попросите ${owner} создать приказ или создайте свой шаблон.`
      : url
        ? h(
            'span',
            {},
            'Приказ создаётся по шаблону, который можно изменить: ',
            h('a', { href: url, target: '_blank' }, 'открыть шаблон'),
            '.',
          )
        : 'При первом создании приказа рядом с таблицей появится шаблон — его можно будет изменить.',
  );
}

function renderResult(r: OrderResult): void {
  const box = byId('result');
  fill(
    box,
    h('h2', {}, r.name),
    h(
      'p',
      {},
      h('a', { href: r.url, target: '_blank' }, 'Открыть приказ'),
      ` — ${kind() === 'pairs' ? 'строк пар' : 'наставников'}: ${r.count}.`,
    ),
    r.reference ? h('p', {}, `В столбец «Приказ» листа «Пары» записано: ${r.reference}.`) : null,
    h('p', { class: 'hint' }, 'Шаблон: ', h('a', { href: r.templateUrl, target: '_blank' }, 'изменить шаблон приказа')),
    r.warnings.length ? h('div', { class: 'warn' }, h('h2', {}, 'Проверьте'), list(r.warnings)) : null,
  );
  show(box, true);
  banner('Приказ создан.', 'ok');
}

async function create(): Promise<void> {
  banner('');
  const request = {
    kind: kind(),
    number: input('number').value,
    date: input('date').value,
    signatory: input('signatory').value,
    position: input('position').value,
    includeAll: input('all').checked,
    ownTemplate: input('own').checked,
  };
  try {
    renderResult(await busy('Создаю документ…', () => call('createOrder', request)));
    data = await call('orderDialogData', request.kind);
    describe(request.kind);
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function start(): Promise<void> {
  const requested = (document.getElementById('order-kind')?.dataset.kind as OrderKindKey | undefined) ?? 'pairs';
  byId('close').addEventListener('click', closeDialog);
  byId('create').addEventListener('click', () => void create());
  try {
    data = await busy('Загрузка…', () => call('orderDialogData', requested));
    const kinds = byId('kinds');
    for (const k of ['pairs', 'registry'] as OrderKindKey[]) {
      const radio = h('input', { type: 'radio', name: 'kind', value: k, checked: k === data.kind });
      radio.addEventListener('change', () => fillFor(k));
      kinds.append(h('label', { class: 'choice' }, radio, data.titles[k]));
    }
    input('signatory').value = data.signatory;
    input('position').value = data.position;
    fillFor(data.kind);
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

// The menu appends <div id="order-kind"> after the page; read it once the document is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
