// One date format throughout the app and its reports: the user's locale, medium length
// ("29 Nov 2026", "Nov 29, 2026"). Calendar dates have no zone, so they are formatted as UTC
// midnights: formatting in the local zone could show the day before west of Greenwich.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD) in the user's locale; `locale` pins one (tests, reports). */
export function formatDay(isoDate: string, locale?: string): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? isoDate : formatFor(locale).format(ms);
}

/** An instant (ISO timestamp) as its local calendar date and time, in the user's locale. */
export function formatInstant(iso: string, locale?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
