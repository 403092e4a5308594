// The dashboard's page parts on the common element builder.

import { h } from '../../../../ui/dom';

export { h };
type Child = Node | string | null | undefined | false;

export function section(id: string, title: string, ...children: (Child | Child[])[]): HTMLElement {
  const headingId = `${id}-title`;
  return h(
    'section',
    { id, class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    ...children,
  );
}
