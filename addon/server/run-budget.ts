// Apps Script ends an execution after 6 minutes
// (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). Runs that
// create many files stop at about 4.5 minutes, keep what they made, and ask to be run again.
export const RUN_BUDGET_MS = 4.5 * 60 * 1000;

export interface RunBudget {
  /** True while there is time to start one more unit of work. */
  hasTime(): boolean;
}

export function startRunBudget(budgetMs: number = RUN_BUDGET_MS): RunBudget {
  const started = Date.now();
  return { hasTime: () => Date.now() - started < budgetMs };
}

/** «Готово N из M — запустите ещё раз, продолжим» for a run that stopped on the budget. */
export function unfinishedMessage(done: number, total: number): string {
  return `Готово ${done} из ${total} — время одного запуска Apps Script ограничено. Запустите это действие ещё раз, продолжим с того же места (созданное не повторится).`;
}
