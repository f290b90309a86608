/** RFC 4180 CSV: a field is quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: Array<string | number | boolean | undefined>) => fields.map(csvField).join(",") + "\r\n";
