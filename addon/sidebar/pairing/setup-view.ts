// The settings card: forms to pair, criterion weights, minimum compatibility, the run button.
import type { PairingRequest, PairingState } from '../../server/pairing/wire';
import { h } from '../../../ui/dom';
import { count } from './words';

export interface SetupHandlers {
  change(request: PairingRequest): void;
  run(): void;
  unfold(): void;
}

/** After a run the card folds into one line, so the proposal gets the room. */
export function renderFoldedSetup(state: PairingState, request: PairingRequest, on: SetupHandlers): HTMLElement {
  const names = state.forms.filter((f) => request.forms.includes(f.code)).map((f) => f.name);
  const forms = names.length === 1 ? names[0] : count(names.length, 'форма', 'формы', 'форм');
  const parts = [forms, request.minScore > 0 ? `совместимость от ${request.minScore}` : 'без минимума'];
  if (request.pins.length) parts.push(`закреплено ${request.pins.length}`);
  const edit = h('button', { type: 'button', class: 'link', id: 'edit-setup' }, 'Изменить');
  edit.addEventListener('click', () => on.unfold());
  return h('section', { class: 'card setup folded' }, h('span', { class: 'folded-line' }, parts.join(' · ')), edit);
}

export function renderSetup(state: PairingState, request: PairingRequest, on: SetupHandlers): HTMLElement {
  let current = request;
  const update = (next: PairingRequest) => {
    current = next;
    on.change(next);
  };

  const forms = state.forms.length
    ? h(
        'div',
        { class: 'forms' },
        state.forms.map((form) => {
          const box = h('input', {
            type: 'checkbox',
            name: 'form',
            value: form.code,
            checked: current.forms.includes(form.code),
          });
          box.addEventListener('change', () => {
            const chosen = new Set(current.forms);
            if (box.checked) chosen.add(form.code);
            else chosen.delete(form.code);
            update({ ...current, forms: state.forms.map((f) => f.code).filter((c) => chosen.has(c)) });
          });
          return h(
            'label',
            { class: 'form-choice' },
            box,
            h('span', { class: 'form-name' }, form.name),
            h(
              'span',
              { class: 'form-counts', title: 'ожидают пары / наставников' },
              `${form.waiting} / ${form.mentors}`,
            ),
          );
        }),
      )
    : h('p', { class: 'muted' }, 'В листе «Наставляемые» пока нет ни одной формы наставничества.');

  const weightRows = state.weights.map((weight) => {
    const out = h('output', { class: 'value' }, String(current.weights[weight.key] ?? weight.value));
    const slider = h('input', {
      type: 'range',
      min: 0,
      max: Math.max(60, weight.base * 2, current.weights[weight.key] ?? 0),
      step: 1,
      value: current.weights[weight.key] ?? weight.value,
      name: `weight-${weight.key}`,
      'aria-label': weight.label,
    });
    slider.addEventListener('input', () => {
      out.textContent = slider.value;
      update({ ...current, weights: { ...current.weights, [weight.key]: Number(slider.value) } });
    });
    return h(
      'div',
      { class: 'slider-row', title: weight.hint },
      h('div', { class: 'slider-label' }, h('span', {}, weight.label), out),
      slider,
    );
  });

  const reset = h('button', { type: 'button', class: 'link' }, 'Сбросить');
  reset.addEventListener('click', () => {
    const weights = Object.fromEntries(state.weights.map((w) => [w.key, w.base]));
    update({ ...current, weights, minScore: state.baseMinScore });
    const fresh = renderSetup(state, current, on);
    card.replaceWith(fresh);
  });

  const minOut = h('output', { class: 'value' }, minLabel(current.minScore));
  const minSlider = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    value: current.minScore,
    name: 'min-score',
    'aria-label': 'Минимальная совместимость',
  });
  minSlider.addEventListener('input', () => {
    minOut.textContent = minLabel(Number(minSlider.value));
    update({ ...current, minScore: Number(minSlider.value) });
  });

  const run = h('button', { type: 'button', class: 'primary wide', id: 'run' }, 'Подобрать пары');
  run.addEventListener('click', () => on.run());

  const pinsNote = current.pins.length
    ? h('p', { class: 'muted small' }, `Закреплено вручную: ${count(current.pins.length, 'пара', 'пары', 'пар')}.`)
    : null;

  const card = h(
    'section',
    { class: 'card setup' },
    h('h2', {}, 'Формы наставничества'),
    forms,
    h(
      'details',
      { class: 'weights' },
      h('summary', {}, 'Веса критериев'),
      h('p', { class: 'muted small' }, 'Чем больше вес, тем сильнее критерий влияет на совместимость.'),
      weightRows,
      h('div', { class: 'reset-row' }, reset),
    ),
    h(
      'div',
      { class: 'slider-row min-score' },
      h('div', { class: 'slider-label' }, h('span', {}, 'Минимальная совместимость'), minOut),
      minSlider,
    ),
    pinsNote,
    run,
  );
  return card;
}

function minLabel(value: number): string {
  return value > 0 ? String(value) : 'нет';
}
