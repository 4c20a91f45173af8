// Calendar dates from article metadata, as ISO YYYY-MM-DD. Pure.

/** `YYYY-MM-DD` when it names a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A strict ISO `YYYY-MM-DD` that names a real day (2020-02-30 is not one). */
export function parseIsoDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}

/** The day a page's date meta tag names, in the forms sites write it:
 *  `2020-02-01T09:30:00+08:00`, `2020/2/1 09:30`, `2020年2月1日`, `20200201`. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(v);
  return m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}
