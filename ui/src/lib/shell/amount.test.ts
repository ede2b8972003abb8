import { describe, expect, it } from 'vitest';
import { spelledAmount } from './amount';

describe('an amount read back', () => {
  it('shows separators and two decimals, whatever separators were typed', () => {
    expect(spelledAmount('42000000', 'HKD')).toBe('HKD 42,000,000.00');
    expect(spelledAmount('42,000,000.5', 'CNY')).toBe('CNY 42,000,000.50');
    expect(spelledAmount('950', 'USD')).toBe('USD 950.00');
  });

  it('says nothing about what is not a plain amount (Rust explains the refusal)', () => {
    expect(spelledAmount('', 'HKD')).toBeNull();
    expect(spelledAmount('4.2m', 'HKD')).toBeNull();
    expect(spelledAmount('1.234', 'HKD')).toBeNull();
  });
});
