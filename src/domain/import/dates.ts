// Dates as Jira and spreadsheets write them. Jira's CSV follows the exporting
// person's locale: `22/Apr/26 7:56 AM`, `22/avr./26 07:56`, `22/4月/26 7:56 上午` ...
// No time zone is written, so times are kept as the wall-clock time they show.

const MONTH_WORDS: Record<string, number> = {};
const MONTH_LISTS = [
  'jan feb mar apr may jun jul aug sep oct nov dec', // en
  'january february march april may june july august september october november december',
  'jan feb mär apr mai jun jul aug sep okt nov dez', // de
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janv févr mars avr mai juin juil août sept oct nov déc', // fr
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'ene feb mar abr may jun jul ago sep oct nov dic', // es
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'jan fev mar abr mai jun jul ago set out nov dez', // pt
  'gen feb mar apr mag giu lug ago set ott nov dic', // it
  'jan feb mrt apr mei jun jul aug sep okt nov dec', // nl
  'янв фев мар апр май июн июл авг сен окт ноя дек', // ru
  'sty lut mar kwi maj cze lip sie wrz paź lis gru', // pl
];
for (const list of MONTH_LISTS) {
  list.split(' ').forEach((word, index) => {
    MONTH_WORDS[word] ??= index + 1;
  });
}
MONTH_WORDS.sept = 9;

/** Month number for a month word or `4月`/`4월`; null when unknown. */
export function monthNumber(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  const cjk = /^(\d{1,2})\s*(月|월)$/.exec(w);
  if (cjk) return validMonth(Number(cjk[1]));
  if (/^\d{1,2}$/.test(w)) return validMonth(Number(w));
  return MONTH_WORDS[w] ?? null;
}

function validMonth(m: number): number | null {
  return m >= 1 && m <= 12 ? m : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface ParsedDateTime {
  day: string;
  /** Wall-clock ISO form `YYYY-MM-DDTHH:mm:00.000Z` (the file's zone is unknown; kept as written). */
  iso: string;
}

function build(y: number, m: number, d: number, h: number, min: number): ParsedDateTime | null {
  if (!validDay(y, m, d) || h > 23 || min > 59) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return { day, iso: `${day}T${pad(h)}:${pad(min)}:00.000Z` };
}

function hour(h: number, marker: string | undefined): number {
  if (!marker) return h;
  const pm = /^(pm|p\.m\.|下午|晚上|오후)$/i.test(marker);
  const am = /^(am|a\.m\.|上午|早上|오전)$/i.test(marker);
  if (!pm && !am) return -1;
  return (h % 12) + (pm ? 12 : 0);
}

const TIME = String.raw`(?:[ T]+(?:(上午|下午|晚上|早上|오전|오후)\s*)?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?|上午|下午)?)?`;
const JIRA = new RegExp(
  String.raw`^(\d{1,2})[/\-. ]([^\d/\-. ][^/\-. ]*\.?|\d{1,2}\s*月)[/\-. ](\d{2}|\d{4})` + TIME + '$',
  'u',
);
const ISO_LIKE = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + String.raw`(Z|[+-]\d{2}:?\d{2})?$`,
);
const DMY = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})` + TIME + '$');

/**
 * Parses the date formats Jira and spreadsheets write: `22/Apr/26 7:56 AM`, localised month
 * words, `2026-04-22`, `2026-04-22 07:56`, full ISO with zone, and `22.04.2026`. Ambiguous
 * numeric forms like 04/05/2026 are refused rather than guessed.
 */
export function parseDateTime(input: string): ParsedDateTime | null {
  const s = input.trim();
  if (s === '') return null;
  const iso = ISO_LIKE.exec(s);
  if (iso) {
    if (iso[8]) {
      // Date() rolls 2026-02-30 over to March 2: the written day must exist.
      if (!validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return null;
      const at = new Date(s);
      if (Number.isNaN(at.getTime())) return null;
      return { day: at.toISOString().slice(0, 10), iso: at.toISOString() };
    }
    const h = hour(Number(iso[5] ?? 0), iso[4] ?? iso[7]);
    return h < 0 ? null : build(Number(iso[1]), Number(iso[2]), Number(iso[3]), h, Number(iso[6] ?? 0));
  }
  const jira = JIRA.exec(s);
  if (jira) {
    const month = monthNumber(jira[2] as string);
    if (month === null) return null;
    const yy = Number(jira[3]);
    const year = (jira[3] as string).length === 2 ? 2000 + yy : yy;
    const h = hour(Number(jira[5] ?? 0), jira[4] ?? jira[7]);
    return h < 0 ? null : build(year, month, Number(jira[1]), h, Number(jira[6] ?? 0));
  }
  const dmy = DMY.exec(s);
  if (dmy) {
    const h = hour(Number(dmy[5] ?? 0), dmy[4] ?? dmy[7]);
    return h < 0 ? null : build(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), h, Number(dmy[6] ?? 0));
  }
  return null;
}
