// What crosses google.script.run between the orders dialog and its handlers: plain JSON only.

export type OrderKindKey = 'pairs' | 'registry';

export interface OrderDialogData {
  kind: OrderKindKey;
  titles: Record<OrderKindKey, string>;
  /** Prefilled from «Настройки»: number, date ДД.ММ.ГГГГ (today when empty), signatory, position. */
  defaults: Record<OrderKindKey, { number: string; date: string }>;
  signatory: string;
  position: string;
  /** Confirmed pairs without an order yet / all confirmed pairs / mentors the registry order lists. */
  counts: { newPairs: number; confirmedPairs: number; mentors: number };
  templateUrls: Partial<Record<OrderKindKey, string>>;
  /** The creator's e-mail of a template another editor made (this user cannot copy it). */
  foreignTemplates: Partial<Record<OrderKindKey, string>>;
}

export interface OrderRequest {
  kind: OrderKindKey;
  number: string;
  /** ДД.ММ.ГГГГ */
  date: string;
  signatory: string;
  position: string;
  /** Pairs order: every confirmed pair, not only those without an order yet. */
  includeAll: boolean;
  /** Make (or use) this user's personal template when another editor made the shared one. */
  ownTemplate?: boolean;
}

export interface OrderResult {
  name: string;
  url: string;
  templateUrl: string;
  /** Pairs (rows of «Пары») or mentors listed. */
  count: number;
  /** What the `Приказ` column of «Пары» now holds for those pairs ('' for the registry order). */
  reference: string;
  warnings: string[];
}

export interface OrdersApi {
  orderDialogData(kind: OrderKindKey): OrderDialogData;
  createOrder(request: OrderRequest): OrderResult;
}
