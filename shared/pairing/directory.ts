// Finding people by what a preference cell says: an ID or a ФИО, whatever the case, spaces,
// «ё»/«е» or dashes; failing that, with Latin look-alike letters read as Cyrillic (`H016` → `Н016`)
// when that names exactly one ID or one ФИО.
import { lookAlikeKey } from '../catalogue';
import { PairingInputError } from './errors';

export interface Found {
  /** Indices of the people named (several when a ФИО is shared). */
  people: number[];
  /** True when only the look-alike reading found them. */
  lookAlike: boolean;
}

export class Directory {
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private lookAlikeIds: Map<string, number[]> | undefined;
  private lookAlikeNames: Map<string, number[]> | undefined;

  constructor(
    private readonly people: readonly { id: string; fullName: string }[],
    role: string,
    private readonly normal: (text: string) => string,
  ) {
    people.forEach((person, index) => {
      const key = normal(person.id);
      if (key === '') throw new PairingInputError(`${role}: пустой ID у «${person.fullName}»`);
      if (this.byId.has(key)) throw new PairingInputError(`${role}: ID «${person.id}» встречается дважды`);
      this.byId.set(key, index);
      const name = normal(person.fullName);
      const same = this.byName.get(name);
      if (same) same.push(index);
      else this.byName.set(name, [index]);
    });
  }

  id(text: string): number | undefined {
    return this.byId.get(this.normal(text));
  }

  /** An ID first; otherwise everyone with that ФИО; otherwise the look-alike reading of either. */
  find(text: string): Found {
    const key = this.normal(text);
    if (key === '') return { people: [], lookAlike: false };
    const byId = this.byId.get(key);
    if (byId !== undefined) return { people: [byId], lookAlike: false };
    const byName = this.byName.get(key);
    if (byName) return { people: byName, lookAlike: false };
    const twin = lookAlikeKey(text);
    const ids = this.lookAlikeMap('id').get(twin);
    if (ids && ids.length === 1) return { people: ids, lookAlike: true };
    const names = this.lookAlikeMap('name').get(twin);
    if (!ids && names) return { people: names, lookAlike: true };
    return { people: [], lookAlike: false };
  }

  private lookAlikeMap(kind: 'id' | 'name'): Map<string, number[]> {
    let map = kind === 'id' ? this.lookAlikeIds : this.lookAlikeNames;
    if (!map) {
      map = new Map();
      this.people.forEach((person, index) => {
        const key = lookAlikeKey(kind === 'id' ? person.id : person.fullName);
        const list = map!.get(key);
        if (list) list.push(index);
        else map!.set(key, [index]);
      });
      if (kind === 'id') this.lookAlikeIds = map;
      else this.lookAlikeNames = map;
    }
    return map;
  }
}
