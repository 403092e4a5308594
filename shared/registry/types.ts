// Domain records after a registry row has been read and validated (the sheet headers of the workspace).
// Parsing from sheets lives in shared/tables + shared/registry; pairing consumes these types.

export type FormCode = 'student-student' | 'teacher-teacher' | 'teacher-student' | 'student-pupil' | 'employer-student';

export type Weekday = 'пн' | 'вт' | 'ср' | 'чт' | 'пт' | 'сб' | 'вс';
export type MeetingFormat = 'очно' | 'дистанционно' | 'смешанно';

export type MentorCategory =
  'Обучающийся' | 'Педагог' | 'Выпускник' | 'Представитель предприятия' | 'Родитель' | 'Социальный партнёр';
export type MentorStatus = 'кандидат' | 'в реестре' | 'выбыл';

export type MenteeCategory = 'Обучающийся' | 'Студент' | 'Молодой педагог' | 'Педагог';
export type MenteeStatus = 'ожидает' | 'в паре' | 'завершил' | 'без пары';

/** Inclusive range of grades/courses a mentor accepts (`Классы/курсы наставляемых`, e.g. `5-7`). */
export interface GradeRange {
  min: number;
  max: number;
}

export interface Mentor {
  id: string;
  fullName: string;
  category?: MentorCategory;
  organization?: string;
  inn?: string;
  age?: number;
  /** Numeric grade (школьный класс) or course (курс), parsed from `Класс/курс` such as `9Б` or `2 курс`. */
  grade?: number;
  experienceYears?: number;
  forms: FormCode[];
  competencies: string[];
  interests: string[];
  menteeGrades?: GradeRange;
  days: Weekday[];
  format?: MeetingFormat;
  /** `Макс. наставляемых`, ≥ 1 (empty cell = 1). */
  capacity: number;
  /** IDs or names as the curator typed them. */
  preferredMentees: string[];
  consent: boolean;
  status: MentorStatus;
  email?: string;
  phone?: string;
}

export interface Mentee {
  id: string;
  fullName: string;
  category?: MenteeCategory;
  age?: number;
  grade?: number;
  experienceYears?: number;
  form: FormCode;
  requests: string[];
  interests: string[];
  days: Weekday[];
  format?: MeetingFormat;
  /** ID or name as the curator typed it. */
  preferredMentor?: string;
  consent: boolean;
  status: MenteeStatus;
}

/** What became of a preference (`Предпочитаемый наставник`, `Предпочитаемые наставляемые`). */
export type PreferenceFinding =
  /** The text is neither an ID nor a ФИО of anyone in pairing. */
  | { kind: 'nobody'; side: 'mentee' | 'mentor'; personId: string; text: string }
  /** A ФИО several people share: all of them count as chosen; an ID would be exact. */
  | { kind: 'ambiguous'; side: 'mentee' | 'mentor'; personId: string; text: string; candidates: string[] }
  /** Found only by reading Latin look-alike letters as Cyrillic (`H016` → `Н016`). */
  | { kind: 'look-alike'; side: 'mentee' | 'mentor'; personId: string; text: string; otherId: string }
  /** The chosen pair was not proposed; `reason` names the rule (or that the place went to others). */
  | {
      kind: 'not-honoured';
      side: 'mentee' | 'mentor';
      personId: string;
      mentorId: string;
      menteeId: string;
      mutual: boolean;
      reason: string;
    };
