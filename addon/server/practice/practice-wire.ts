// What crosses google.script.run between the «Упаковать в практику» dialog and its handlers.
import type { PracticeCard } from '../../../shared/practice';

export interface ProgrammeChoice {
  /** A pair ID or a mentor ID, as `practiceDraft` takes it. */
  choice: string;
  label: string;
}

export interface PracticeDialogData {
  /** Completed programmes: each completed pair (or group), then each mentor with completed pairs. */
  programmes: ProgrammeChoice[];
  /** Service address and token saved in «Отчёт в регион → Подключение». */
  connected: boolean;
  /** Why the list is empty or the card cannot be sent (Russian); '' when all is ready. */
  hint: string;
}

/** What the curator edits; everything else of the card comes from the workspace on the server. */
export interface PracticeEdits {
  title: string;
  roleModel: string;
  targetGroup: string;
  goal: string;
  content: string;
  results: string[];
  materials: { title: string; url: string }[];
  position: string;
  yearsInPosition?: number;
  consentToPublishContacts: boolean;
  email?: string;
  phone?: string;
}

export interface PracticeDraftView {
  choice: string;
  source: string;
  card: PracticeCard;
  /** The form's role models to choose from. */
  roleModels: string[];
  formName: string;
  figures: string[];
  notes: string[];
  missing: string[];
  /** The mentor's contacts from «Наставники», offered only when the author agrees to publish them. */
  contacts: { email?: string; phone?: string };
  /** The curator's text saved with the last sending of this card, restored into the form. */
  saved: PracticeEdits | null;
}

export interface PracticeSendResult {
  ok: boolean;
  /** HTTP status of the last attempt; 0 when nothing was sent. */
  status: number;
  message: string;
  issues: string[];
}

export interface PracticeApi {
  practiceDialogData(): PracticeDialogData;
  practiceDraft(choice: string): PracticeDraftView;
  submitPractice(choice: string, edits: PracticeEdits): PracticeSendResult;
}
