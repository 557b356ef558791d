// One rule for every spreadsheet export (CSV and XLSX): a cell whose text starts with = + - @, a tab or a
// carriage return would be run as a formula once the planner edits or re-saves it (DDE, HYPERLINK to an
// outside address). The OWASP "CSV Injection" guidance prescribes a leading apostrophe, which Excel and WPS
// read as "this is text". Numbers are never passed here: a real -2 stays a number.

const formulaStart = /^[=+\-@\t\r]/

/** The text with a leading apostrophe when a spreadsheet would read it as a formula; otherwise unchanged. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}
