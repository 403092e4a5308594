// Shapes of the bank-of-practices answers the pages read (see routes/schemas/practices.ts).
import type { PracticeCard } from '../../../../../shared/practice/card';

export type { PracticeCard };
export type PracticeStatus = 'submitted' | 'returned' | 'accepted' | 'declined';
export type BankLevel = 'municipal' | 'regional';

export interface PracticeItem {
  practiceId: string;
  revision: number;
  title: string;
  status: PracticeStatus;
  level?: BankLevel;
  comment?: string;
  reviewedAt?: string;
  updatedAt: string;
  authors: { mentorId?: string; fullName: string }[];
  schoolId: string;
  organizationName: string;
  municipality: string;
}

export interface PracticeDetail extends PracticeItem {
  revisions: number;
  card: PracticeCard;
}

export interface CatalogueItem {
  practiceId: string;
  title: string;
  schoolId: string;
  organizationName: string;
  municipality: string;
  form: string;
  formName: string;
  roleModel: string;
  targetGroup: string;
  goal: string;
  level: BankLevel;
  acceptedAt: string;
  url: string;
  authors: { fullName: string; position: string }[];
}

export interface CatalogueAnswer {
  practices: CatalogueItem[];
  filters: { municipalities: string[]; roleModels: string[] };
}

export const STATUS_NAMES: Record<PracticeStatus, string> = {
  submitted: 'ждёт решения',
  returned: 'возвращена на доработку',
  accepted: 'принята',
  declined: 'отклонена',
};

export const LEVEL_NAMES: Record<BankLevel, string> = {
  municipal: 'муниципальный банк',
  regional: 'региональный банк',
};
