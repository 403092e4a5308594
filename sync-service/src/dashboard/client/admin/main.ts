// Administration page: four sections chosen by the address's #hash; the token shown once sits on top.
import { h } from '../dom';
import { failureText } from './api';
import { auditSection } from './audit';
import { organisationsSection } from './organisations';
import { regionSection } from './region';
import { tokensSection } from './tokens';
import type { IssuedToken } from './types';
import { tokenReveal } from './ui';

const main = document.getElementById('admin')!;
const regionName = document.getElementById('region-name')!;
const SECTIONS = ['organisations', 'tokens', 'region', 'audit'] as const;
type Section = (typeof SECTIONS)[number];

const revealBox = h('div', { id: 'token-reveal' });
const content = h('div', { id: 'admin-section' });
main.replaceChildren(revealBox, content);

function reveal(token: IssuedToken): void {
  revealBox.replaceChildren(
    tokenReveal({
      token: token.token,
      label: token.label,
      schoolId: token.schoolId,
      role: token.role,
      onClose: () => revealBox.replaceChildren(),
    }),
  );
  revealBox.scrollIntoView({ block: 'start' });
  revealBox.querySelector<HTMLButtonElement>('.copy-token')?.focus();
}

function current(): Section {
  const hash = location.hash.slice(1);
  return (SECTIONS as readonly string[]).includes(hash) ? (hash as Section) : 'organisations';
}

async function show(): Promise<void> {
  const section = current();
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.admin-tab')) {
    if (tab.dataset.section === section) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  content.setAttribute('aria-busy', 'true');
  try {
    if (section === 'organisations') await organisationsSection(content, reveal);
    else if (section === 'tokens') await tokensSection(content, reveal);
    else if (section === 'region')
      await regionSection(content, (name) => {
        regionName.textContent = name;
        document.title = `${name}: администрирование — «Наставник»`;
      });
    else await auditSection(content);
  } catch (error) {
    content.replaceChildren(
      h(
        'div',
        { class: 'panel error', role: 'alert' },
        h('h2', {}, 'Не удалось загрузить раздел'),
        h('p', {}, failureText(error)),
      ),
    );
  } finally {
    content.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', () => {
  revealBox.replaceChildren();
  void show();
});
void show();
