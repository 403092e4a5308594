import type { Day } from '../core/day';
import type { MeetingType } from './meeting-type';

/** One row of `Встречи` after reading. */
export interface Meeting {
  pairId: string;
  type: MeetingType;
  date: Day;
  topic?: string;
  outcome?: string;
  /** Feedback scores 1–10 given after the meeting. */
  mentorScore?: number;
  menteeScore?: number;
  comment?: string;
}
