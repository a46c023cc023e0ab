/**
 * Finds when the article on a page was published, as YYYY-MM-DD, from the
 * places publishers put it, most reliable first: metadata (Open Graph,
 * Dublin Core, schema.org), JSON-LD, <time> elements, then a French dateline
 * in the text ("MARDI 28 JUIN 2022", "Publié le 14/12/2022"). Returns null
 * when the page does not say: the card then says nothing about "since".
 */

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'dc.date',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'date',
];

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};
const MONTH_PATTERN = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';
const WEEKDAY_PATTERN = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day written at the start of an ISO-like timestamp ("2022-06-28T09:00:00+02:00"). */
function dayFromTimestamp(text: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(text);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')];
}

/** A French dateline in running text. */
export function dayFromFrenchText(text: string): string | null {
  const published = new RegExp(
    `publi[ée]e?\\s+le\\s+(?:(?:${WEEKDAY_PATTERN})\\s+)?(\\d{1,2})(?:er)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})`,
    'iu',
  ).exec(text);
  if (published) return isoDay(Number(published[3]), monthNumber(published[2]!) ?? 0, Number(published[1]));
  const publishedNumeric = /publi[ée]e?\s+le\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu.exec(text);
  if (publishedNumeric) return isoDay(Number(publishedNumeric[3]), Number(publishedNumeric[2]), Number(publishedNumeric[1]));
  // textContent glues paragraphs together ("…JUIN 2022Le 24 juin…"): no \b.
  const dateline = new RegExp(
    `(?<!\\p{L})(?:${WEEKDAY_PATTERN})\\s+(\\d{1,2})(?:er)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})(?!\\d)`,
    'iu',
  ).exec(text);
  if (dateline) return isoDay(Number(dateline[3]), monthNumber(dateline[2]!) ?? 0, Number(dateline[1]));
  return null;
}

function fromMeta(root: ParentNode): string | null {
  const contents = new Map<string, string>();
  for (const element of root.querySelectorAll('meta[content]')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    if (key && !contents.has(key.toLowerCase())) contents.set(key.toLowerCase(), element.getAttribute('content')!);
  }
  for (const name of META_NAMES) {
    const day = dayFromTimestamp(contents.get(name) ?? '');
    if (day) return day;
  }
  return null;
}

function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') {
    const day = dayFromTimestamp(record.datePublished);
    if (day) return day;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findDatePublished(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function fromJsonLd(root: ParentNode): string | null {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      const found = findDatePublished(JSON.parse(text));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common on the web; look elsewhere.
    }
  }
  return null;
}

function fromTimeElements(root: ParentNode): string | null {
  const preferred = root.querySelector('time[itemprop="datePublished"], time[pubdate], article header time[datetime], article time[datetime]');
  const candidates = preferred ? [preferred] : Array.from(root.querySelectorAll('time[datetime]')).slice(0, 1);
  for (const element of candidates) {
    const day = dayFromTimestamp(element.getAttribute('datetime') ?? '') ?? dayFromFrenchText(element.textContent ?? '');
    if (day) return day;
  }
  return null;
}

export function detectPublicationDate(document: Document): string | null {
  return (
    fromMeta(document) ??
    fromJsonLd(document) ??
    fromTimeElements(document) ??
    // A dateline sits near the top: only the beginning of the text is read.
    dayFromFrenchText((document.body?.textContent ?? '').slice(0, 4000))
  );
}
