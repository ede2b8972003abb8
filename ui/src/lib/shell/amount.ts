// An amount as the clerk typed it, read back with separators ("42000000" → "42,000,000.00"), so a
// missing or extra zero is seen before saving. Rust validates the value; this only shows it.

/** The amount with thousands separators and two decimals, or `null` when it is not a plain number. */
export function spelledAmount(typed: string, currency: string): string | null {
  const plain = typed.replaceAll(',', '').replaceAll(' ', '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return null;
  const [whole = '', cents = ''] = plain.split('.');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${grouped}.${cents.padEnd(2, '0')}`.trim();
}
