// Proposed pairs grouped by mentor, and mentees left without a pair.
import type {
  ConfirmedPairView,
  MentorGroupView,
  MentorOption,
  PairKey,
  PairingResult,
  ProposedPairView,
  UnmatchedView,
} from '../../server/pairing/wire';
import { h } from '../../../ui/dom';
import { pairKey } from './model';
import { count, formatScore } from './words';

export interface ResultHandlers {
  togglePin(pair: PairKey): void;
  /** Mentors the mentee may move to, asked from the server when the curator opens the list. */
  alternatives(menteeId: string): Promise<MentorOption[]>;
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

/** Places each mentor has in the current proposal, to tell the curator who still has room. */
type Load = Map<string, number>;

function loadOf(result: PairingResult): Load {
  return new Map(result.groups.map((group) => [group.mentorId, group.taken]));
}

export function renderGroups(result: PairingResult, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const load = loadOf(result);
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
    for (const group of next) list.append(renderGroup(group, load, selected, on));
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

function renderGroup(group: MentorGroupView, load: Load, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const full = group.taken >= group.capacity;
  return h(
    'article',
    { class: 'group', 'data-mentor': group.mentorId },
    h(
      'header',
      {},
      h('span', { class: 'mentor-name' }, group.mentorName),
      h(
        'span',
        { class: `load${full ? ' full' : ''}`, title: 'занято мест / всего' },
        `${group.taken} / ${group.capacity}`,
      ),
    ),
    h(
      'ul',
      { class: 'pairs' },
      group.pairs.map((pair) => renderPair(pair, load, selected, on)),
    ),
  );
}

function renderPair(pair: ProposedPairView, load: Load, selected: Set<string>, on: ResultHandlers): HTMLElement {
  const key = pairKey(pair);
  const tick = pair.confirmed
    ? h('span', { class: 'lock', title: 'Пара утверждена' }, '✓')
    : checkbox(selected.has(key), (chosen) => on.select(key, chosen), `Утвердить пару с ${pair.menteeName}`);
  const tags = [
    pair.confirmed
      ? h('span', { class: 'tag tag-done' }, pair.pairId ? `утверждена · ${pair.pairId}` : 'утверждена')
      : null,
    pair.pinned ? h('span', { class: 'tag tag-pin' }, 'закреплена вручную') : null,
  ];
  const chooser = pair.confirmed ? null : mentorChooser(pair.menteeId, pair.mentorId, load, on);
  const actions = chooser
    ? h(
        'div',
        { class: 'actions' },
        action(
          pair.pinned ? 'Открепить' : 'Закрепить',
          () => on.togglePin(pair),
          'pin',
          'Оставить эту пару при пересчёте',
        ),
        chooser.opener('Заменить', 'Передать наставляемого другому наставнику'),
        action(
          'Не объединять',
          () => on.exclude(pair),
          'danger',
          'Больше никогда не предлагать эту пару (лист «Не объединять»)',
        ),
      )
    : null;
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
      againstList(pair.against),
      actions,
      chooser?.panel ?? null,
    ),
  );
}

/** Reasons shown at once; the rest behind «ещё N». */
const REASONS_SHOWN = 2;

function reasonList(reasons: string[]): HTMLElement | null {
  if (reasons.length === 0) return null;
  const list = h(
    'ul',
    { class: 'reasons', 'aria-label': 'Почему подобраны' },
    reasons.slice(0, REASONS_SHOWN).map((r) => h('li', {}, r)),
  );
  const rest = reasons.slice(REASONS_SHOWN);
  if (rest.length > 0) {
    const more = h('button', { type: 'button', class: 'link more' }, `ещё ${rest.length}`);
    more.addEventListener('click', () => {
      more.parentElement?.remove();
      list.append(...rest.map((r) => h('li', {}, r)));
    });
    list.append(h('li', { class: 'more-row' }, more));
  }
  return h('div', { class: 'why' }, h('span', { class: 'why-label' }, 'Почему подобраны'), list);
}

/** What speaks against the pair, under its own label; every item shown (there are few). */
function againstList(against: string[] | undefined): HTMLElement | null {
  if (!against || against.length === 0) return null;
  return h(
    'div',
    { class: 'why why-against' },
    h('span', { class: 'why-label' }, 'Против'),
    h(
      'ul',
      { class: 'against', 'aria-label': 'Против' },
      against.map((r) => h('li', {}, r)),
    ),
  );
}

/** Unmatched mentees come first after the summary: they need the curator. Long lists start folded. */
const UNMATCHED_OPEN = 10;

export function renderUnmatched(result: PairingResult, on: ResultHandlers): HTMLElement | null {
  if (result.unmatched.length === 0) return null;
  const load = loadOf(result);
  const shown = result.unmatched;
  const hidden = result.summary.unmatched - shown.length;
  return h(
    'details',
    { class: 'results unmatched-section', id: 'unmatched', open: result.summary.unmatched <= UNMATCHED_OPEN },
    h('summary', {}, h('h2', {}, `Без пары · ${result.summary.unmatched}`)),
    h(
      'ul',
      { class: 'unmatched' },
      shown.map((m) => renderUnmatchedMentee(m, load, on)),
    ),
    hidden > 0
      ? h(
          'p',
          { class: 'muted small' },
          `И ещё ${count(hidden, 'наставляемый', 'наставляемых', 'наставляемых')}: выберите меньше форм, чтобы увидеть всех.`,
        )
      : null,
  );
}

function renderUnmatchedMentee(mentee: UnmatchedView, load: Load, on: ResultHandlers): HTMLElement {
  const chooser = mentorChooser(mentee.menteeId, null, load, on);
  return h(
    'li',
    { class: 'lonely', 'data-mentee': mentee.menteeId },
    h(
      'div',
      { class: 'pair-line' },
      h('span', { class: 'mentee-name' }, mentee.menteeName),
      h('span', { class: 'meta' }, mentee.formName),
    ),
    h('p', { class: 'reason' }, mentee.reason),
    h('div', { class: 'actions' }, chooser.opener('Назначить наставника…', 'Назначить наставника вручную')),
    chooser.panel,
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

/**
 * «Заменить»: a list of other mentors, fetched when opened, each with compatibility and the
 * places left; choosing one pins the mentee there and pairs again.
 */
function mentorChooser(menteeId: string, currentMentor: string | null, load: Load, on: ResultHandlers) {
  const panel = h('div', { class: 'chooser', hidden: true });
  let openers: HTMLElement[] = [];
  const close = () => {
    panel.hidden = true;
    panel.replaceChildren();
    for (const button of openers) button.setAttribute('aria-expanded', 'false');
  };
  const fill = (options: MentorOption[]) => {
    const others = options.filter((o) => o.mentorId !== currentMentor);
    const cancel = h('button', { type: 'button', class: 'link' }, 'Отмена');
    cancel.addEventListener('click', close);
    panel.replaceChildren(
      others.length
        ? h(
            'ul',
            { class: 'options' },
            others.map((o) => {
              const free = o.capacity - (load.get(o.mentorId) ?? o.confirmed);
              const button = h(
                'button',
                { type: 'button', class: 'option', 'data-mentor': o.mentorId },
                h('span', { class: 'option-name' }, o.mentorName),
                h('span', { class: `option-free${free > 0 ? '' : ' none'}` }, free > 0 ? `мест: ${free}` : 'мест нет'),
                scoreBadge(o.score),
              );
              button.addEventListener('click', () => on.move(menteeId, o.mentorId));
              return h('li', {}, button);
            }),
          )
        : h(
            'p',
            { class: 'muted small' },
            'Других подходящих наставников нет: проверьте формы, классы и согласия в реестре.',
          ),
      others.some((o) => o.capacity - (load.get(o.mentorId) ?? o.confirmed) <= 0)
        ? h(
            'p',
            { class: 'muted small' },
            'Если у наставника нет мест, подбор передаст одного из его наставляемых другому.',
          )
        : '',
      h('div', { class: 'reset-row' }, cancel),
    );
  };
  const opener = (label: string, title: string) => {
    const button = h('button', { type: 'button', class: 'link swap', title, 'aria-expanded': 'false' }, label);
    openers = [...openers, button];
    button.addEventListener('click', () => {
      if (!panel.hidden) return close();
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      panel.replaceChildren(h('p', { class: 'muted small' }, 'Ищем подходящих наставников…'));
      on.alternatives(menteeId).then(fill, (error: Error) => {
        panel.replaceChildren(h('p', { class: 'chooser-error' }, error.message));
      });
    });
    return button;
  };
  return { panel, opener };
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
        h(
          'li',
          {},
          h('span', { class: 'mentor-name' }, pair.mentorName),
          ' — ',
          pair.menteeName,
          h('span', { class: 'meta' }, ` ${pair.pairId}`),
        ),
      ),
    ),
    confirmed.length > shown.length
      ? h('p', { class: 'muted small' }, `И ещё ${confirmed.length - shown.length} — на листе «Пары».`)
      : null,
  );
}
