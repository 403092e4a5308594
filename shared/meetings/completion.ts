// May a pair be marked «завершена»? The final meeting must have been held (the Target Model roadmap, 6.5);
// skipped steps and missing feedback only warn, since the curator knows the pair best.
import { MEETING_TITLES } from './meeting-type';
import type { PairProgress } from './progress';

export interface CompletionCheck {
  canComplete: boolean;
  /** Why the pair cannot be completed yet (Russian). */
  blockers: string[];
  /** Worth a look before completing (Russian). */
  warnings: string[];
}

export function completionCheck(progress: PairProgress): CompletionCheck {
  const pair = `Пара ${progress.pairId}`;
  const blockers: string[] = [];
  const warnings: string[] = [];

  if (progress.status === 'завершена') blockers.push(`${pair} уже завершена`);
  else if (progress.status === 'расторгнута') blockers.push(`${pair} расторгнута — завершить её нельзя`);
  else if (progress.status !== 'утверждена') blockers.push(`${pair} ещё не утверждена приказом`);

  if (progress.heldByType.final === 0) {
    blockers.push(`${pair}: итоговая встреча ещё не проведена — добавьте её в лист «Встречи»`);
  }
  for (const type of progress.skipped) {
    warnings.push(`${pair}: не отмечена ${MEETING_TITLES[type]}`);
  }
  if (progress.withoutFeedback > 0) {
    warnings.push(
      `${pair}: у ${progress.withoutFeedback} из ${progress.held} встреч нет оценки наставника или наставляемого`,
    );
  }
  return { canComplete: blockers.length === 0, blockers, warnings };
}
