// What crosses google.script.run between the meetings dialog and its handlers: plain JSON only.

export interface PairChoice {
  pairId: string;
  mentor: string;
  mentees: string;
  status: string;
  /** `знакомство` … `итоговая`, or '' before the first meeting. */
  stage: string;
  /** ДД.ММ.ГГГГ or ''. */
  lastMeeting: string;
  overdue: boolean;
  daysWithoutMeeting: number | null;
  /** The final meeting is held and the pair is still `утверждена`. */
  readyToComplete: boolean;
}

export interface MeetingDialogData {
  pairs: PairChoice[];
  types: string[];
  /** ДД.ММ.ГГГГ */
  today: string;
  digest: DigestState;
  /** How many rows were left out because of problems, e.g. «Не учтены строки с ошибками: «Встречи» — 1 строка.»; '' when none. */
  leftOut: string;
  /** Each problem with sheet, row, column and what to do. */
  problems: string[];
}

/** The on-open reminder of overdue pairs: this user's trigger of this spreadsheet. */
export interface DigestState {
  enabled: boolean;
}

export interface MeetingInput {
  pairId: string;
  type: string;
  /** ДД.ММ.ГГГГ */
  date: string;
  topic: string;
  outcome: string;
  mentorScore: string;
  menteeScore: string;
  comment: string;
}

export interface AddMeetingResult {
  /** Russian summary of what was written. */
  message: string;
  data: MeetingDialogData;
}

export interface CompletePairResult {
  completed: boolean;
  /** Why not, or what to check (Russian). */
  blockers: string[];
  warnings: string[];
  /** Mentees whose status became «завершил». */
  menteesCompleted: number;
  data: MeetingDialogData;
}

export interface MeetingsApi {
  meetingDialogData(): MeetingDialogData;
  addMeeting(input: MeetingInput): AddMeetingResult;
  completePair(pairId: string): CompletePairResult;
  setDigest(enabled: boolean): DigestState;
}
