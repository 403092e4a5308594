// Proposed pairs grouped by mentor, and mentees left without a pair.
import type { ConfirmedPairView, MentorGroupView, MentorInfo, MentorOption, PairKey, PairingResult, ProposedPairView, UnmatchedView } from '../../server/pairing/wire';
import { h } from './dom';
import { pairKey } from './model';
import { count, formatScore } from './words';

export interface ResultHandlers {
  togglePin(pair: PairKey): void;
  move(menteeId: string, mentorId: string): void;
  exclude(pair: PairKey): void;
  select(key: string, chosen: boolean): void;
}

/** Mentor cards shown at once; the rest behind «Показать ещё» so 5,000-row registries stay responsive. */
const PAGE = 40;

export function renderSummary(result: PairingResult): HTMLElement {
  const s = result.summary;
  return h(
    'section',
    { class: 'summary', 'aria-label': 'Итог подбора' },
    stat(s.proposed, 'предложено', 'new'),
    stat(s.confirmed, 'утверждено', 'done'),
    stat(s.unmatched, 'без пары', s.unmatched > 0 ? 'warn' : 'none'),
    s.averageScore === null ? null : stat(s.averageScore, 'средняя', 'avg'),
  );
}

function stat(value: number, label: string, kind: string): HTMLElement {
  return h('div', { class: `stat stat-${kind}` }, h('strong', {}, formatScore(value)), h('span', {}, label));
}

type Mentors = Map<string, MentorInfo>;

function mentorsOf(result: PairingResult): Mentors {
  return new Map(result.mentors.map((m) => [m.mentorId, m]));
}

export function renderGroups(result: PairingResult, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const mentors = mentorsOf(result);
  const section = h('section', { class: 'results', id: 'pairs' });
  section.append(h('h2', {}, 'Пары по наставникам'));
  if (result.groups.length === 0) {
    section.append(h('p', { class: 'muted' }, 'Ни одной пары не получилось — причины ниже, в разделе «Без пары».'));
    return section;
  }
  const list = h('div', { class: 'groups' });
  section.append(list);
  let shown = 0;
  const more = h('button', { type: 'button', class: 'secondary wide' });
  const showMore = () => {
    const next = result.groups.slice(shown, shown + PAGE);
    for (const group of next) list.append(renderGroup(group, mentors, selected, on));
    shown += next.length;
    const rest = result.groups.length - shown;
    if (rest > 0) more.textContent = `Показать ещё (${count(rest, 'наставник', 'наставника', 'наставников')})`;
    else more.remove();
  };
  more.addEventListener('click', showMore);
  section.append(more);
  showMore();
  return section;
}

function renderGroup(group: MentorGroupView, mentors: Mentors, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const full = group.taken >= group.capacity;
  return h(
    'article',
    { class: 'group', 'data-mentor': group.mentorId },
    h(
      'header',
      {},
      h('span', { class: 'mentor-name' }, group.mentorName),
      h('span', { class: `load${full ? ' full' : ''}`, title: 'занято мест / всего' }, `${group.taken} / ${group.capacity}`),
    ),
    h('ul', { class: 'pairs' }, group.pairs.map((pair) => renderPair(pair, mentors, selected, on))),
  );
}

function renderPair(pair: ProposedPairView, mentors: Mentors, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const key = pairKey(pair);
  const tick = pair.confirmed
    ? h('span', { class: 'lock', title: 'Пара утверждена' }, '✓')
    : checkbox(selected.has(key), (chosen) => on.select(key, chosen), `Утвердить пару с ${pair.menteeName}`);
  const tags = [
    pair.confirmed ? h('span', { class: 'tag tag-done' }, pair.pairId ? `утверждена · ${pair.pairId}` : 'утверждена') : null,
    pair.pinned ? h('span', { class: 'tag tag-pin' }, 'закреплена вручную') : null,
  ];
  const actions = pair.confirmed
    ? null
    : h(
        'div',
        { class: 'actions' },
        action(pair.pinned ? 'Открепить' : 'Закрепить', () => on.togglePin(pair), 'pin', 'Оставить эту пару при пересчёте'),
        mentorSelect('Заменить ▾', 'Передать наставляемого другому наставнику', pair.alternatives, mentors, (mentorId) =>
          on.move(pair.menteeId, mentorId),
        ),
        action('Не объединять', () => on.exclude(pair), 'danger', 'Больше никогда не предлагать эту пару (лист «Не объединять»)'),
      );
  return h(
    'li',
    { class: `pair${pair.confirmed ? ' confirmed' : ''}${pair.pinned ? ' pinned' : ''}`, 'data-mentee': pair.menteeId },
    tick,
    h(
      'div',
      { class: 'pair-body' },
      h('div', { class: 'pair-line' }, h('span', { class: 'mentee-name' }, pair.menteeName), scoreBadge(pair.score)),
      h('div', { class: 'meta' }, pair.formName, ...tags),
      reasonList(pair.reasons),
      actions,
    ),
  );
}

/** Reasons shown at once; the rest behind «ещё N». */
const REASONS_SHOWN = 2;

function reasonList(reasons: string[]): HTMLElement | null {
  if (reasons.length === 0) return null;
  const list = h('ul', { class: 'reasons' }, reasons.slice(0, REASONS_SHOWN).map((r) => h('li', {}, r)));
  const rest = reasons.slice(REASONS_SHOWN);
  if (rest.length > 0) {
    const more = h('button', { type: 'button', class: 'link more' }, `ещё ${rest.length}`);
    more.addEventListener('click', () => {
      more.parentElement?.remove();
      list.append(...rest.map((r) => h('li', {}, r)));
    });
    list.append(h('li', { class: 'more-row' }, more));
  }
  return list;
}

/** Unmatched mentees come first after the summary: they need the curator. Long lists start folded. */
const UNMATCHED_OPEN = 10;

export function renderUnmatched(result: PairingResult, on: ResultHandlers): HTMLElement | null {
  if (result.unmatched.length === 0) return null;
  const mentors = mentorsOf(result);
  const shown = result.unmatched.slice(0, PAGE * 5);
  const hidden = result.unmatched.length - shown.length;
  return h(
    'details',
    { class: 'results unmatched-section', id: 'unmatched', open: result.unmatched.length <= UNMATCHED_OPEN },
    h('summary', {}, h('h2', {}, `Без пары · ${result.unmatched.length}`)),
    h('ul', { class: 'unmatched' }, shown.map((m) => renderUnmatchedMentee(m, mentors, on))),
    hidden > 0 ? h('p', { class: 'muted small' }, `И ещё ${count(hidden, 'наставляемый', 'наставляемых', 'наставляемых')} — см. лист «Наставляемые».`) : null,
  );
}

function renderUnmatchedMentee(mentee: UnmatchedView, mentors: Mentors, on: ResultHandlers): HTMLElement {
  return h(
    'li',
    { class: 'lonely', 'data-mentee': mentee.menteeId },
    h('div', { class: 'pair-line' }, h('span', { class: 'mentee-name' }, mentee.menteeName), h('span', { class: 'meta' }, mentee.formName)),
    h('p', { class: 'reason' }, mentee.reason),
    mentee.alternatives.length
      ? h(
          'div',
          { class: 'actions' },
          mentorSelect('Назначить наставника ▾', 'Назначить наставника вручную', mentee.alternatives, mentors, (mentorId) =>
            on.move(mentee.menteeId, mentorId),
          ),
        )
      : null,
  );
}

function scoreBadge(score: number): HTMLElement {
  const level = score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
  return h('span', { class: `score score-${level}`, title: 'Совместимость, из 100' }, formatScore(score));
}

function checkbox(checked: boolean, change: (checked: boolean) => void, label: string): HTMLElement {
  const box = h('input', { type: 'checkbox', checked, 'aria-label': label });
  box.addEventListener('change', () => change(box.checked));
  return h('label', { class: 'tick' }, box);
}

function action(label: string, click: () => void, kind: string, title: string): HTMLElement {
  const button = h('button', { type: 'button', class: `link ${kind}`, title }, label);
  button.addEventListener('click', click);
  return button;
}

function mentorSelect(
  placeholder: string,
  title: string,
  options: MentorOption[],
  mentors: Mentors,
  choose: (mentorId: string) => void,
): HTMLElement | null {
  if (options.length === 0) return null;
  const label = (o: MentorOption) => {
    const mentor = mentors.get(o.mentorId);
    const place = mentor && mentor.free === 0 ? ' · мест нет, кто-то уступит' : '';
    return `${mentor?.mentorName ?? o.mentorId} · ${formatScore(o.score)}${place}`;
  };
  const select = h(
    'select',
    { class: 'swap', 'aria-label': title, title },
    h('option', { value: '' }, placeholder),
    options.map((o) => h('option', { value: o.mentorId }, label(o))),
  );
  select.addEventListener('change', () => {
    if (select.value) choose(select.value);
  });
  return select;
}

/** Pairs already confirmed, shown before the first run (they are kept by every run). */
export function renderConfirmed(confirmed: ConfirmedPairView[]): HTMLElement | null {
  if (confirmed.length === 0) return null;
  const shown = confirmed.slice(0, PAGE);
  return h(
    'details',
    { class: 'confirmed-list' },
    h('summary', {}, `Уже утверждено: ${count(confirmed.length, 'пара', 'пары', 'пар')} — они сохранятся`),
    h(
      'ul',
      {},
      shown.map((pair) =>
        h('li', {}, h('span', { class: 'mentor-name' }, pair.mentorName), ' — ', pair.menteeName, h('span', { class: 'meta' }, ` ${pair.pairId}`)),
      ),
    ),
    confirmed.length > shown.length ? h('p', { class: 'muted small' }, `И ещё ${confirmed.length - shown.length} — на листе «Пары».`) : null,
  );
}
