import type { Source } from './schema';

/**
 * Primary sources: the official texts and the bodies that run the
 * programmes (Journal officiel / Légifrance, the ministry and its agencies,
 * Assurance maladie, EUR-Lex and the Commission, Parliament, the Cour des
 * comptes, the Conseil d'État, ARS, HAS, CNIL, Santé publique France…).
 * Judged by the page's host: a press article quoting a decree is secondary.
 */
const PRIMARY_HOSTS = [
  /(^|\.)gouv\.fr$/,
  /(^|\.)ameli\.fr$/,
  /(^|\.)europa\.eu$/,
  /(^|\.)senat\.fr$/,
  /(^|\.)assemblee-nationale\.fr$/,
  /(^|\.)ccomptes\.fr$/,
  /(^|\.)conseil-etat\.fr$/,
  /(^|\.)justice\.fr$/,
  /(^|\.)ars\.sante\.fr$/,
  /(^|\.)paps\.sante\.fr$/,
  /(^|\.)has-sante\.fr$/,
  /(^|\.)cnil\.fr$/,
  /(^|\.)cnsa\.fr$/,
  /(^|\.)santepubliquefrance\.fr$/,
  /(^|\.)health-data-hub\.fr$/,
  /(^|\.)sesam-vitale\.fr$/,
];

export type SourceKind = 'primary' | 'press' | 'seed';

export function sourceKindOf(source: Pick<Source, 'url' | 'seed'>): SourceKind {
  if (!source.url) return 'seed';
  const host = new URL(source.url).hostname.toLowerCase();
  return PRIMARY_HOSTS.some((pattern) => pattern.test(host)) ? 'primary' : 'press';
}
