export interface Migration {
  version: number;
  name: string;
  /** Portable DDL, run in order inside one transaction. */
  statements: string[];
}
