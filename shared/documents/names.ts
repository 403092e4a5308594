/** «Ежова Анна Викторовна» → «Ежова А. В.», the way documents sign names. */
export function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname) return '';
  const initials = rest.map((part) => `${part[0].toUpperCase()}.`).join(' ');
  return initials ? `${surname} ${initials}` : surname;
}

/** 9.125 → «9,1»: one decimal with a Russian decimal comma. */
export function decimalRu(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',');
}
