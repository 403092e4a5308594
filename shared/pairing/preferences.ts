// What became of each preference: one that names nobody, names several people, was read through
// look-alike letters, or was not honoured — with the hard rule that forbids it. Mutual choices
// that were not honoured come first: they are the ones a curator most wants to know about.
import { FORM_CODES, formName } from '../catalogue';
import type { PairingModel } from './model';
import { gradeRule, isForbidden, isSelf, GRADE_NOT_ABOVE, GRADE_OUT_OF_RANGE, GRADE_UNKNOWN } from './rules';
import { scorePair } from './score';
import type { PreferenceFinding, ProposedPair } from './types';

type Side = 'mentee' | 'mentor';

export function preferenceFindings(model: PairingModel, pairs: readonly ProposedPair[]): PreferenceFinding[] {
  const paired = new Set(pairs.map((pair) => `${pair.mentorId}\u0000${pair.menteeId}`));
  const findings: PreferenceFinding[] = [];
  const wanted = new Map<string, { mentor: number; mentee: number; sides: Set<Side> }>();
  const want = (mentor: number, mentee: number, side: Side) => {
    const key = `${mentor}/${mentee}`;
    const entry = wanted.get(key) ?? { mentor, mentee, sides: new Set<Side>() };
    entry.sides.add(side);
    wanted.set(key, entry);
  };
  const read = (
    side: Side,
    personId: string,
    text: string,
    found: { people: number[]; lookAlike: boolean },
    names: readonly { id: string }[],
  ) => {
    if (found.people.length === 0) findings.push({ kind: 'nobody', side, personId, text });
    else if (found.people.length > 1)
      findings.push({
        kind: 'ambiguous',
        side,
        personId,
        text,
        candidates: found.people.map((index) => names[index].id),
      });
    else if (found.lookAlike)
      findings.push({ kind: 'look-alike', side, personId, text, otherId: names[found.people[0]].id });
  };

  model.mentees.forEach((mentee, i) => {
    if (!mentee.preferredMentor) return;
    const found = model.mentorDirectory.find(mentee.preferredMentor);
    read('mentee', mentee.id, mentee.preferredMentor, found, model.mentors);
    for (const mentor of found.people) want(mentor, i, 'mentee');
  });
  model.mentors.forEach((mentor, j) => {
    for (const text of mentor.preferredMentees) {
      const found = model.menteeDirectory.find(text);
      read('mentor', mentor.id, text, found, model.mentees);
      for (const mentee of found.people) want(j, mentee, 'mentor');
    }
  });

  const unhonoured: PreferenceFinding[] = [];
  for (const { mentor, mentee, sides } of wanted.values()) {
    const mentorId = model.mentors[mentor].id;
    const menteeId = model.mentees[mentee].id;
    if (paired.has(`${mentorId}\u0000${menteeId}`)) continue;
    const mutual = sides.size === 2;
    const reason = whyNot(model, mentor, mentee);
    // A one-sided wish that only lost to a better arrangement is what scoring is for: not news.
    if (reason === null || (reason === OUTRANKED && !mutual)) continue;
    unhonoured.push({
      kind: 'not-honoured',
      side: sides.has('mentee') ? 'mentee' : 'mentor',
      personId: sides.has('mentee') ? menteeId : mentorId,
      mentorId,
      menteeId,
      mutual,
      reason,
    });
  }
  unhonoured.sort(
    (a, b) => Number(b.kind === 'not-honoured' && b.mutual) - Number(a.kind === 'not-honoured' && a.mutual),
  );
  return [...unhonoured, ...findings];
}

const OUTRANKED =
  'место наставника отдано другому наставляемому: так в пары попадает больше людей с лучшей совместимостью';

/** The rule that keeps this pair from being proposed, or null when the mentee is not up for pairing. */
function whyNot(model: PairingModel, mentor: number, mentee: number): string | null {
  const record = model.mentees[mentee];
  if (model.pinnedMentor[mentee] >= 0) return null;
  if (record.status !== 'ожидает' && record.status !== 'без пары') return null;
  if (!((model.scope >> model.menteeForm[mentee]) & 1)) return null;
  const form = `«${formName(FORM_CODES[model.menteeForm[mentee]])}»`;
  const mentorRecord = model.mentors[mentor];
  if (!record.consent) return 'у наставляемого нет согласия на обработку ПДн';
  if (!((model.mentorForms[mentor] >> model.menteeForm[mentee]) & 1))
    return `наставник не ведёт форму ${form}, выбранную наставляемым`;
  if (mentorRecord.status === 'выбыл') return 'наставник выбыл';
  if (!mentorRecord.consent) return 'у наставника нет согласия на обработку ПДн';
  const grade = gradeRule(model, mentor, mentee);
  if (grade === GRADE_NOT_ABOVE)
    return 'в форме «ученик – ученик» наставник должен учиться в более старшем классе/на более старшем курсе';
  if (grade === GRADE_UNKNOWN)
    return 'не указан класс/курс наставника или наставляемого: нельзя проверить, что наставник старше';
  if (grade === GRADE_OUT_OF_RANGE) {
    const grades = `${model.rangeMin[mentor]}–${model.rangeMax[mentor]}`;
    const own = Number.isNaN(model.menteeGrade[mentee]) ? 'не указан' : String(model.menteeGrade[mentee]);
    return `класс/курс наставляемого (${own}) вне «Классы/курсы наставляемых» наставника (${grades})`;
  }
  if (isSelf(model, mentor, mentee)) return 'это один и тот же человек';
  if (isForbidden(model, mentor, mentee)) return 'пара в списке «Не объединять»';
  const score = scorePair(model, mentor, mentee);
  if (score < model.minScore) return `совместимость ${score} ниже минимальной ${model.minScore}`;
  if (model.mentorRemaining[mentor] === 0) return 'все места наставника заняты утверждёнными парами';
  return OUTRANKED;
}
