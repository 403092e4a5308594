// What crosses google.script.run between the import dialog and its handlers: plain JSON only.
// Imported by the Apps Script server and by the dialog page.

export type RegistryKey = 'mentors' | 'mentees';

export interface ResponsesSheetOption {
  sheetId: number;
  name: string;
  /** The sheet receives answers of a Google Form. */
  linkedToForm: boolean;
}

export interface RegistryOption {
  key: RegistryKey;
  /** «Наставники» / «Наставляемые». */
  sheet: string;
}

export interface ImportDialogData {
  sheets: ResponsesSheetOption[];
  registries: RegistryOption[];
}

export interface MappingTargetView {
  key: string;
  header: string;
}

export interface ImportPreview {
  sheetId: number;
  sheetName: string;
  registry: RegistryKey;
  headers: string[];
  /** Registry column key per question (null = not imported); remembered or suggested. */
  mapping: (string | null)[];
  targets: MappingTargetView[];
  /** Answers in the sheet and those not imported yet. */
  totalAnswers: number;
  newAnswers: number;
}

export interface ImportRequest {
  sheetId: number;
  registry: RegistryKey;
  mapping: (string | null)[];
}

export interface PersonView {
  answerRow: number;
  id: string;
  fullName: string;
}

export interface ImportResult {
  registrySheet: string;
  considered: number;
  added: PersonView[];
  updated: PersonView[];
  skipped: { answerRow: number; fullName: string; reason: string }[];
  warnings: { answerRow: number; fullName: string; message: string }[];
  noConsent: PersonView[];
}

/** The handlers the dialog calls (top-level functions of Code.js). */
export interface ImportApi {
  importDialogData(): ImportDialogData;
  previewImport(sheetId: number, registry: RegistryKey | null): ImportPreview;
  importAnswers(request: ImportRequest): ImportResult;
}
