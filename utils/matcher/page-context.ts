import type { AmbiguityLevel } from '../settings/settings';
import { compileMatcher, type Matcher } from './compile-matcher';

/**
 * Words of French health policy that are not programme names but tell what a
 * page is about. An ambiguous acronym (ENS, DNS, ROR, CNS, DMP…) is marked
 * only when the page shows enough of this evidence, or names programmes
 * unambiguously.
 */
const HEALTH_POLICY_VOCABULARY = [
  'santé',
  'e-santé',
  'numérique en santé',
  'santé numérique',
  'professionnels de santé',
  'professionnel de santé',
  'établissements de santé',
  'établissement de santé',
  'données de santé',
  'ministère de la Santé',
  'ministre de la Santé',
  'Agence régionale de santé',
  'patient',
  'patients',
  'patientèle',
  'médecin',
  'médecins',
  'médecine',
  'hôpital',
  'hôpitaux',
  'hospitalier',
  'hospitalière',
  'pharmacien',
  'pharmaciens',
  'pharmacie',
  'infirmier',
  'infirmiers',
  'soins',
  'parcours de soins',
  'médico-social',
  'médico-sociaux',
  'sécurité sociale',
  'dossier patient',
  'éditeurs de logiciels',
  'interopérabilité',
  'identitovigilance',
  'téléservice',
  'Covid',
  'Covid-19',
];

let vocabularyMatcher: Matcher | null = null;

/** The distinct health-policy words `text` contains. */
export function healthVocabularyIn(text: string): Set<string> {
  vocabularyMatcher ??= compileMatcher(
    HEALTH_POLICY_VOCABULARY.map((word) => ({ termId: word.toLowerCase(), text: word, caseSensitive: false, ambiguous: false })),
  );
  return new Set(vocabularyMatcher.findMatches(text).map((match) => match.termId));
}

export interface PageEvidence {
  /** Terms named on the page by an unambiguous alias ("Mon espace santé", "MSSanté"…). */
  unambiguousTerms: ReadonlySet<string>;
  /** Distinct health-policy words on the page (computed only when needed). */
  healthVocabulary: () => number;
}

/**
 * Whether an ambiguous alias of `termId` may be marked on this page.
 * - The page names the same programme unambiguously (often a definition
 *   nearby: "Espace numérique de santé (ENS)"): always.
 * - Otherwise it depends on the other evidence and the user's strictness.
 */
export function allowsAmbiguousTerm(termId: string, evidence: PageEvidence, level: AmbiguityLevel): boolean {
  if (evidence.unambiguousTerms.has(termId)) return true;
  const otherTerms = evidence.unambiguousTerms.size;
  switch (level) {
    case 'strict':
      // As the options page promises: only a programme also named in full.
      return false;
    case 'lenient':
      return otherTerms >= 1 || evidence.healthVocabulary() >= 3;
    case 'normal':
      return otherTerms >= 2 || (otherTerms >= 1 && evidence.healthVocabulary() >= 3) || evidence.healthVocabulary() >= 6;
  }
}

const MINOR_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'en', 'et', 'à', 'au', 'aux', 'pour', 'sur', 'of', 'the', 'and', 'for']);

/**
 * Whether an acronym in parentheses is spelt out just before it as
 * something else: "entreprises du numérique en santé (ENS)" defines ENS,
 * and not as the Espace numérique de santé. True when the initials of the
 * words before the parenthesis spell the acronym and the matcher found no
 * name of the same programme there (`namedJustBefore`).
 */
export function isDefinedOtherwise(text: string, start: number, end: number, namedJustBefore: boolean): boolean {
  if (namedJustBefore || text[start - 1] !== '(' || text[end] !== ')') return false;
  const letters = text.slice(start, end).replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  const words = (text.slice(Math.max(0, start - 120), start - 1).match(/[\p{L}'’]+/gu) ?? [])
    .map((word) => word.replace(/^[dl]['’]/i, ''))
    .filter((word) => word.length > 0 && !MINOR_WORDS.has(word.toLowerCase()));
  const initials = words
    .slice(-letters.length)
    .map((word) => word.normalize('NFD')[0]!.toUpperCase())
    .join('');
  return initials === letters.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
