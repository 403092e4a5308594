// Small DOM helpers for the dialogs: elements with text (never innerHTML with data), busy state,
// messages.

type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Нет элемента #${id}`);
  return node as T;
}

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible;
}

/** Shows a message in the dialog's banner: 'error' | 'info' | 'ok'. */
export function banner(text: string, kind: 'error' | 'info' | 'ok' = 'info'): void {
  const box = byId('banner');
  box.className = `banner ${kind}`;
  box.textContent = text;
  box.hidden = text === '';
}

/** Disables the dialog's buttons while the server works. */
export async function busy<T>(label: string, work: () => Promise<T>): Promise<T> {
  const overlay = byId('overlay');
  byId('overlay-text').textContent = label;
  overlay.hidden = false;
  document.querySelectorAll('button').forEach((b) => (b.disabled = true));
  try {
    return await work();
  } finally {
    overlay.hidden = true;
    document.querySelectorAll('button').forEach((b) => (b.disabled = false));
  }
}

export function list(items: string[], className = ''): HTMLUListElement {
  return el('ul', { class: className }, ...items.map((item) => el('li', {}, item)));
}

/** Replaces a node's children, skipping the nulls of optional parts. */
export function fill(node: HTMLElement, ...children: (Node | string | null)[]): void {
  node.replaceChildren(...children.filter((c): c is Node | string => c !== null));
}
