// The dialogs' helpers around the common element builder: busy state, messages, lists.

import { byId, h } from '../../../ui/dom';

export { byId, h };

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible;
}

/** Shows a message in the dialog's banner: 'error' | 'info' | 'ok'. */
export function banner(text: string, kind: 'error' | 'info' | 'ok' = 'info'): void {
  const box = byId('banner');
  box.className = `banner ${kind}`;
  box.textContent = text;
  box.hidden = text === '';
  // The buttons stay at the bottom of a dialog scrolled down to them: bring their answer into view.
  if (text) box.scrollIntoView({ block: 'nearest' });
}

/**
 * Disables the dialog's buttons while the server works, then gives each its state back: a button
 * the dialog keeps disabled (nothing to send or import yet) stays so.
 */
export async function busy<T>(label: string, work: () => Promise<T>): Promise<T> {
  const overlay = byId('overlay');
  byId('overlay-text').textContent = label;
  overlay.hidden = false;
  const buttons = [...document.querySelectorAll('button')].map((button) => ({ button, was: button.disabled }));
  for (const { button } of buttons) button.disabled = true;
  try {
    return await work();
  } finally {
    overlay.hidden = true;
    for (const { button, was } of buttons) button.disabled = was;
  }
}

export function list(items: string[], className = ''): HTMLUListElement {
  return h('ul', { class: className }, ...items.map((item) => h('li', {}, item)));
}

/** Replaces a node's children, skipping the nulls of optional parts. */
export function fill(node: HTMLElement, ...children: (Node | string | null)[]): void {
  node.replaceChildren(...children.filter((c): c is Node | string => c !== null));
}
