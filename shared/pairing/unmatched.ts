// Why a mentee got no mentor: each mentor of the mentee's form is followed through the rules
// until one stops it; the mentor who got furthest names the cause the curator can act on
// (the Target Model roadmap, item 5.4: continue the search, or assign a mentor directively).
import { FORM_CODES, formName } from '../catalogue';
import type { PairingModel } from './model';
import { gradeRule, isForbidden, isSelf, GRADE_NOT_ABOVE, GRADE_OUT_OF_RANGE, GRADE_UNKNOWN } from './rules';
import { scorePair } from './score';
import { countOf, MENTORS } from './text';
import type { UnmatchedCode, UnmatchedMentee } from './types';

const UNAVAILABLE = 0;
const GRADE = 1;
const SELF = 2;
const DO_NOT_PAIR = 3;
const BELOW_MINIMUM = 4;
const FULL = 5;
const TAKEN = 6;

/** Mentors offering each form (in scope), whatever their status. */
export function mentorsOfForms(model: PairingModel): Int32Array[] {
  return FORM_CODES.map((_, form) => {
    const list: number[] = [];
    model.mentorForms.forEach((forms, mentor) => {
      if ((forms >> form) & 1) list.push(mentor);
    });
    return Int32Array.from(list);
  });
}

/** `suitable`: how many mentors with a place left passed every rule (the mentee's arcs). */
export function unmatchedReason(
  model: PairingModel,
  mentee: number,
  ofForm: Int32Array[],
  suitable: number,
): UnmatchedMentee {
  const record = model.mentees[mentee];
  const result = (code: UnmatchedCode, reason: string): UnmatchedMentee => ({ menteeId: record.id, code, reason });
  const form = model.menteeForm[mentee];
  const name = `«${formName(FORM_CODES[form])}»`;
  if (!record.consent) {
    return result('no-consent', 'нет согласия на обработку персональных данных: без него пару не подбирают');
  }
  if (suitable > 0) return result('taken-by-others', taken(suitable, name));
  const mentors = ofForm[form];
  if (mentors.length === 0) {
    return result('no-mentor-of-form', `нет наставников формы ${name}: добавьте в реестр наставника с этой формой`);
  }

  let furthest = UNAVAILABLE;
  let count = 0;
  let left = 0;
  let noConsent = 0;
  let gradeUnknown = 0;
  let notAbove = 0;
  let outOfRange = 0;
  let bestScore = 0;
  for (const mentor of mentors) {
    let stage: number;
    let score = 0;
    if (!model.mentorUsable[mentor]) {
      stage = UNAVAILABLE;
      if (model.mentors[mentor].status === 'выбыл') left++;
      else noConsent++;
    } else {
      const grade = gradeRule(model, mentor, mentee);
      if (grade !== 0) {
        stage = GRADE;
        if (grade === GRADE_UNKNOWN) gradeUnknown++;
        if (grade === GRADE_NOT_ABOVE) notAbove++;
        if (grade === GRADE_OUT_OF_RANGE) outOfRange++;
      } else if (isSelf(model, mentor, mentee)) stage = SELF;
      else if (isForbidden(model, mentor, mentee)) stage = DO_NOT_PAIR;
      else {
        score = model.minScore > 0 ? scorePair(model, mentor, mentee) : 0;
        stage = score < model.minScore ? BELOW_MINIMUM : model.mentorRemaining[mentor] === 0 ? FULL : TAKEN;
      }
    }
    if (stage > furthest) {
      furthest = stage;
      count = 0;
      bestScore = 0;
    }
    if (stage === furthest) {
      count++;
      bestScore = Math.max(bestScore, score);
    }
  }

  const all = countOf(mentors.length, MENTORS);
  switch (furthest) {
    case UNAVAILABLE: {
      const causes = [
        left > 0 ? `выбыли — ${left}` : '',
        noConsent > 0 ? `без согласия на обработку ПДн — ${noConsent}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return result('no-available-mentor', `все наставники формы ${name} (${all}) недоступны: ${causes}`);
    }
    case GRADE: {
      if (gradeUnknown + outOfRange > 0 && Number.isNaN(model.menteeGrade[mentee])) {
        return result(
          'grade-rules',
          `не указан класс/курс наставляемого: без него нельзя проверить правила наставников формы ${name} по классу/курсу`,
        );
      }
      if (gradeUnknown === count) {
        return result(
          'grade-rules',
          `у наставников формы ${name} (${countOf(count, MENTORS)}) не указан класс/курс: нельзя проверить, что наставник старше`,
        );
      }
      const peer = notAbove > 0 ? 'наставник должен учиться в более старшем классе/на более старшем курсе' : '';
      const range = outOfRange > 0 ? 'класс/курс наставляемого вне «Классы/курсы наставляемых» наставника' : '';
      return result(
        'grade-rules',
        `ни один доступный наставник формы ${name} не подходит по классу/курсу (${countOf(count, MENTORS)}): ${[peer, range].filter(Boolean).join('; ')}`,
      );
    }
    case SELF:
      return result(
        'only-self',
        `единственный подходящий наставник формы ${name} — сам наставляемый (тот же ID или ФИО и возраст)`,
      );
    case DO_NOT_PAIR:
      return result('do-not-pair', `все подходящие наставники (${countOf(count, MENTORS)}) в списке «Не объединять»`);
    case BELOW_MINIMUM:
      return result(
        'below-min-score',
        `совместимость со всеми подходящими наставниками (${countOf(count, MENTORS)}) ниже минимальной ${model.minScore}: лучшая — ${bestScore}`,
      );
    case FULL:
      return result(
        'mentors-full',
        `все подходящие наставники (${countOf(count, MENTORS)}) заняты утверждёнными парами: увеличьте «Макс. наставляемых» или добавьте наставника формы ${name}`,
      );
    default:
      return result('taken-by-others', taken(count, name));
  }
}

function taken(count: number, form: string): string {
  return `все подходящие наставники (${countOf(count, MENTORS)}) заняты: их места отданы другим наставляемым, так в пары попадает больше людей с лучшей совместимостью; увеличьте «Макс. наставляемых» или добавьте наставника формы ${form}`;
}
