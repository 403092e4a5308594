// One person, however many registry rows: by ID, and for a row without one by ФИО and age.
import { normalizeText } from '../catalogue';

export function personKey(person: { id?: string; fullName?: string; age?: number }): string {
  const id = normalizeText(person.id ?? '');
  if (id) return `id:${id}`;
  return `name:${normalizeText(person.fullName ?? '')}|${person.age ?? ''}`;
}
