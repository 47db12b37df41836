/**
 * One CSV cell for Excel. A cell that starts with = + - @ (or a tab or carriage return) would be read as a
 * formula (`=HYPERLINK(...)` in a supervisor's text): it is prefixed with an apostrophe, which Excel shows
 * as text, then quoted like any cell holding a quote, comma or line break (OWASP "CSV Injection").
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}
