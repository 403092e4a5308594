// The «Подбор пар» sidebar: load the registries' state, run the engine, adjust by hand, confirm.
import type { PairKey, PairingRequest, PairingResult } from '../server/pairing/wire';
import { byId, h } from '../../ui/dom';
import {
  emptyModel,
  initialRequest,
  isoDate,
  moveMentee,
  selectAllProposed,
  selectedPairs,
  todayText,
  togglePin,
} from './pairing/model';
import { renderFindings } from './pairing/findings-view';
import { renderConfirmed, renderGroups, renderSummary, renderUnmatched } from './pairing/results-view';
import { callServer } from './pairing/server';
import { renderFoldedSetup, renderSetup, type SetupHandlers } from './pairing/setup-view';
import { count } from './pairing/words';

const model = emptyModel(todayText(new Date()));

const setupSlot = byId('setup');
const resultsSlot = byId('results');
const banner = byId('banner');
const overlay = byId('overlay');
const overlayText = byId('overlay-text');
const footer = byId('footer');
const confirmButton = byId<HTMLButtonElement>('confirm');
const saveButton = byId<HTMLButtonElement>('save');
const startDate = byId<HTMLInputElement>('start-date');

async function busy<T>(message: string, work: () => Promise<T>): Promise<T | null> {
  overlayText.textContent = message;
  overlay.hidden = false;
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } catch (error) {
    showBanner('error', (error as Error).message);
    return null;
  } finally {
    overlay.hidden = true;
    document.body.removeAttribute('aria-busy');
  }
}

function showBanner(kind: 'error' | 'notice', message: string): void {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Закрыть' }, '×');
  close.addEventListener('click', () => banner.replaceChildren());
  banner.replaceChildren(
    h(
      'div',
      { class: `banner banner-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', {}, message),
      close,
    ),
  );
}

const setupHandlers: SetupHandlers = {
  change(request) {
    model.request = request;
    if (model.result && !model.stale) {
      model.stale = true;
      renderResults();
    }
  },
  run: () => void run(model.request),
  unfold() {
    model.setupFolded = false;
    renderSetupCard();
  },
};

function renderSetupCard(): void {
  if (!model.state) return;
  const render = model.setupFolded ? renderFoldedSetup : renderSetup;
  setupSlot.replaceChildren(render(model.state, model.request, setupHandlers));
}

function renderResults(): void {
  const result = model.result;
  if (!result) {
    resultsSlot.replaceChildren(
      ...(model.state ? renderFindings(model.state) : []),
      h('p', { class: 'empty' }, 'Выберите формы и нажмите «Подобрать пары».'),
      model.state ? (renderConfirmed(model.state.confirmed) ?? '') : '',
    );
    footer.hidden = true;
    return;
  }
  const handlers = {
    togglePin: (pair: PairKey) => void run(togglePin(model.request, pair), true),
    alternatives: (menteeId: string) => callServer('getAlternatives', menteeId, model.request),
    move: (menteeId: string, mentorId: string) => void run(moveMentee(model.request, menteeId, mentorId), true),
    exclude: (pair: PairKey) => void exclude(pair),
    select: (key: string, chosen: boolean) => {
      if (chosen) model.selected.add(key);
      else model.selected.delete(key);
      updateFooter();
    },
  };
  resultsSlot.replaceChildren(
    model.stale ? h('p', { class: 'stale' }, 'Параметры изменены — нажмите «Подобрать пары», чтобы пересчитать.') : '',
    ...result.warnings.map((w) => h('p', { class: 'warning' }, w)),
    renderSummary(result),
    ...renderFindings(result),
    renderUnmatched(result, handlers) ?? '',
    renderGroups(result, model.selected, handlers),
  );
  updateFooter();
}

function updateFooter(): void {
  const n = selectedPairs(model).length;
  const proposed = model.result?.summary.proposed ?? 0;
  footer.hidden = !model.result || proposed === 0;
  confirmButton.disabled = n === 0;
  confirmButton.textContent = n > 0 ? `Утвердить ${count(n, 'пару', 'пары', 'пар')}` : 'Отметьте пары для утверждения';
}

/** Takes a fresh result: the server's accepted pins replace the request's, ticks follow the curator's. */
function accept(request: PairingRequest, result: PairingResult, keepSelection: boolean): void {
  const fresh = selectAllProposed(result);
  if (keepSelection && model.result) {
    // A pair the curator unticked stays unticked; new pairs start ticked.
    for (const key of selectAllProposed(model.result)) if (!model.selected.has(key)) fresh.delete(key);
  }
  model.request = { ...request, pins: result.pins };
  model.result = result;
  model.selected = fresh;
  model.stale = false;
  model.setupFolded = true;
  renderSetupCard();
  renderResults();
}

async function run(request: PairingRequest, keepSelection = false): Promise<void> {
  if (request.forms.length === 0) {
    showBanner('error', 'Отметьте хотя бы одну форму наставничества.');
    return;
  }
  const result = await busy('Подбираем пары…', () => callServer('runPairing', request));
  if (!result) return;
  banner.replaceChildren();
  accept(request, result, keepSelection);
}

async function exclude(pair: PairKey): Promise<void> {
  const result = await busy('Записываем в «Не объединять»…', () => callServer('excludePair', pair, model.request));
  if (!result) return;
  accept(model.request, result, true);
  showBanner('notice', 'Пара добавлена на лист «Не объединять» и больше не будет предложена.');
}

async function write(pairs: PairKey[]): Promise<void> {
  const date = isoDate(startDate.value);
  if (!date) {
    showBanner(
      'error',
      `Дата начала «${startDate.value}» не похожа на дату: введите её как ДД.ММ.ГГГГ, например ${todayText(new Date())}.`,
    );
    startDate.focus();
    return;
  }
  const message = pairs.length > 0 ? 'Записываем пары на лист «Пары»…' : 'Записываем предложенные пары…';
  const done = await busy(message, () =>
    callServer('confirmPairs', { request: model.request, pairs, startDate: date }),
  );
  if (!done) return;
  if (model.state) {
    model.state.counts.confirmedPairs += done.confirmed;
  }
  accept(model.request, done.result, true);
  const parts = [];
  if (done.confirmed > 0) parts.push(`Утверждено пар: ${done.confirmed}, у наставляемых статус «в паре».`);
  if (done.proposed > 0) parts.push(`Со статусом «предложена»: ${done.proposed}.`);
  showBanner('notice', `${parts.join(' ')} Смотрите лист «Пары».`);
}

async function start(): Promise<void> {
  const state = await busy('Читаем реестры…', () => callServer('getPairingState'));
  if (!state) {
    const retry = h('button', { type: 'button', class: 'secondary' }, 'Повторить');
    retry.addEventListener('click', () => void start());
    setupSlot.replaceChildren(retry);
    return;
  }
  banner.replaceChildren();
  model.state = state;
  model.request = initialRequest(state);
  renderSetupCard();
  renderResults();
}

startDate.value = model.startDate;
startDate.addEventListener('change', () => (model.startDate = startDate.value));
confirmButton.addEventListener('click', () => void write(selectedPairs(model)));
saveButton.addEventListener('click', () => void write([]));
void start();
