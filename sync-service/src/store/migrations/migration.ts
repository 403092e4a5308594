export interface Migration {
  version: number;
  name: string;
  /** Portable DDL, run in order inside one transaction. */
  statements: string[];
  /** Statements of one engine only (full-text search differs), run after the portable ones. */
  only?: { sqlite?: string[]; postgres?: string[] };
}
