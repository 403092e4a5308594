// The Snowball stemmer for Russian (the algorithm PostgreSQL's `russian` configuration uses), so
// the embedded store finds «наставника» by «наставник» as PostgreSQL full-text search does.
// Algorithm: https://snowballstem.org/algorithms/russian/stemmer.html

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

const PERFECTIVE_GERUND_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const ADJECTIVE = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
const VERB_2 = [
  'ила',
  'ыла',
  'ена',
  'ейте',
  'уйте',
  'ите',
  'или',
  'ыли',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ило',
  'ыло',
  'ено',
  'ят',
  'ует',
  'уют',
  'ит',
  'ыт',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ую',
  'ю',
];
const NOUN = [
  'иями',
  'ями',
  'ами',
  'иях',
  'ией',
  'ием',
  'иям',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];
const DERIVATIONAL = ['ость', 'ост'];
const SUPERLATIVE = ['ейше', 'ейш'];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const SORTED = {
  gerund1: byLength(PERFECTIVE_GERUND_1),
  gerund2: byLength(PERFECTIVE_GERUND_2),
  adjective: byLength(ADJECTIVE),
  participle1: byLength(PARTICIPLE_1),
  participle2: byLength(PARTICIPLE_2),
  verb1: byLength(VERB_1),
  verb2: byLength(VERB_2),
  noun: byLength(NOUN),
};

/** The longest ending of `list` that `word` has within `region` (its start index), or null. */
function ending(word: string, region: number, list: readonly string[]): string | null {
  for (const suffix of list) if (word.endsWith(suffix) && word.length - suffix.length >= region) return suffix;
  return null;
}

/** An ending of group 1 must follow «а» or «я» (which stays); group 2 stands alone. Returns the word without it. */
function strip(word: string, rv: number, group1: readonly string[], group2: readonly string[]): string | null {
  const s1 = ending(word, rv, group1);
  const s2 = ending(word, rv, group2);
  let best: string | null = null;
  if (s1) {
    const before = word.length - s1.length - 1;
    if (before >= rv && (word[before] === 'а' || word[before] === 'я')) best = s1;
  }
  if (s2 && (!best || s2.length > best.length)) best = s2;
  return best === null ? null : word.slice(0, word.length - best.length);
}

/** RV: the part after the first vowel. */
function rvStart(word: string): number {
  for (let i = 0; i < word.length; i++) if (VOWELS.has(word[i])) return i + 1;
  return word.length;
}

function r1r2(word: string): number {
  // R1: after the first non-vowel that follows a vowel; R2: the same inside R1.
  let r1 = word.length;
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) {
      r1 = i + 1;
      break;
    }
  }
  for (let i = r1 + 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return i + 1;
  }
  return word.length;
}

/** The stem of one lower-case Russian word (ё already written as е); other words come back unchanged. */
export function stemRussian(input: string): string {
  if (!/^[а-я]+$/.test(input)) return input;
  let word = input;
  const rv = rvStart(word);
  const r2 = r1r2(word);

  // Step 1.
  const gerund = strip(word, rv, SORTED.gerund1, SORTED.gerund2);
  if (gerund !== null) word = gerund;
  else {
    const reflexive = ending(word, rv, REFLEXIVE);
    if (reflexive) word = word.slice(0, -reflexive.length);
    const adjective = ending(word, rv, SORTED.adjective);
    if (adjective) {
      word = word.slice(0, -adjective.length);
      const participle = strip(word, rv, SORTED.participle1, SORTED.participle2);
      if (participle !== null) word = participle;
    } else {
      const verb = strip(word, rv, SORTED.verb1, SORTED.verb2);
      if (verb !== null) word = verb;
      else {
        const noun = ending(word, rv, SORTED.noun);
        if (noun) word = word.slice(0, -noun.length);
      }
    }
  }
  // Step 2.
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3.
  const derivational = ending(word, r2, DERIVATIONAL);
  if (derivational) word = word.slice(0, -derivational.length);
  // Step 4.
  if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
  else {
    const superlative = ending(word, rv, SUPERLATIVE);
    if (superlative) {
      word = word.slice(0, -superlative.length);
      if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
    } else if (word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  }
  return word;
}

/** Words PostgreSQL's `russian` configuration leaves out of the index and the query (its Snowball stop list). */
export const RUSSIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет ' +
    'о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ' +
    'ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж ' +
    'тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех ' +
    'никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три ' +
    'эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между'
  ).split(' '),
);

/** Lower-case words of a text, ё read as е; digits and Latin letters kept as words too. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The stems a text is found by: its words without stop words, each stemmed. */
export function searchStems(text: string): string[] {
  return words(text)
    .filter((w) => !RUSSIAN_STOP_WORDS.has(w))
    .map(stemRussian);
}
