// ИНН check digits, the ФНС algorithm: weighted digit sum mod 11, then mod 10.

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i] * weights[i];
  return (sum % 11) % 10;
}

/** Russian problem text for an ИНН, or null when it is valid (10 digits: legal entity, 12: entrepreneur). */
export function innProblem(inn: string): string | null {
  if (!/^\d+$/.test(inn)) return `ИНН «${inn}» должен состоять только из цифр`;
  if (inn.length !== 10 && inn.length !== 12) {
    return `ИНН «${inn}» должен содержать 10 цифр (юридическое лицо) или 12 цифр (индивидуальный предприниматель), а не ${inn.length}`;
  }
  const digits = inn.split('').map(Number);
  const valid =
    inn.length === 10
      ? checkDigit(digits, WEIGHTS_10) === digits[9]
      : checkDigit(digits, WEIGHTS_11) === digits[10] && checkDigit(digits, WEIGHTS_12) === digits[11];
  return valid ? null : `ИНН «${inn}»: неверные контрольные цифры (проверьте, нет ли опечатки)`;
}

export function isValidInn(inn: string): boolean {
  return innProblem(inn) === null;
}
