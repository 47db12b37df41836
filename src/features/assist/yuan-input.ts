/** What a person typed in 元 → integer fen for the function (which checks it); '' stays 0 so the field's error shows. */
export function fenFromYuan(text: string): number {
  const n = Number(text.trim() || '0');
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}

/** Fen → the plain number of 元 to prefill a field with (2000 or 1234.5). */
export function yuanText(fen: number): string {
  return String(fen / 100);
}
