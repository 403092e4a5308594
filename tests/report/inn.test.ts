import { describe, expect, it } from 'vitest';
import { innProblem, isValidInn } from '../../shared/core/inn';

describe('INN check digits', () => {
  it('accepts a legal entity INN whose 10th digit matches', () => {
    // 7707083893: 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267; 267 mod 11 = 3; 3 mod 10 = 3 = last digit.
    expect(isValidInn('7707083893')).toBe(true);
  });

  it('accepts an entrepreneur INN whose 11th and 12th digits match', () => {
    // 500100732259: first weights 7,2,4,10,3,5,9,4,6,8 give 148; 148 mod 11 = 5 (11th digit);
    // second weights 3,7,2,4,10,3,5,9,4,6,8 give 141; 141 mod 11 = 9 (12th digit).
    expect(isValidInn('500100732259')).toBe(true);
  });

  it('takes the check digit mod 10 when the remainder is 10', () => {
    // 1000000010: 1·2 + 1·8 = 10; 10 mod 11 = 10; 10 mod 10 = 0.
    expect(isValidInn('1000000010')).toBe(true);
    expect(isValidInn('1000000011')).toBe(false);
  });

  it('rejects every single-digit change of a valid INN', () => {
    for (const valid of ['7707083893', '500100732259']) {
      for (let i = 0; i < valid.length; i++) {
        const d = Number(valid[i]);
        const changed = valid.slice(0, i) + String((d + 1) % 10) + valid.slice(i + 1);
        expect(isValidInn(changed), changed).toBe(false);
      }
    }
  });

  it('rejects an entrepreneur INN with a good 11th but a wrong 12th digit', () => {
    expect(innProblem('500100732258')).toMatch(/контрольные цифры/);
  });

  it('names the problem in Russian', () => {
    expect(innProblem('77070838')).toMatch(/10 цифр .* или 12 цифр .*, а не 8/);
    expect(innProblem('77070838 3')).toMatch(/только из цифр/);
    expect(innProblem('7707083894')).toMatch(/ИНН «7707083894»: неверные контрольные цифры/);
  });
});
