import { describe, expect, it } from 'vitest';
import { allowsAmbiguousTerm, isDefinedOtherwise, healthVocabularyIn, type PageEvidence } from '../../../utils/matcher/page-context';

function evidence(terms: string[], vocabulary: number): PageEvidence {
  return { unambiguousTerms: new Set(terms), healthVocabulary: () => vocabulary };
}

describe('allowsAmbiguousTerm', () => {
  it('always allows an acronym whose programme the page also names in full', () => {
    for (const level of ['lenient', 'normal', 'strict'] as const) {
      expect(allowsAmbiguousTerm('dmp', evidence(['dmp'], 0), level)).toBe(true);
    }
  });

  it('asks for more evidence as the level gets stricter', () => {
    const oneTermSomeVocabulary = evidence(['ins'], 3);
    expect(allowsAmbiguousTerm('dmp', oneTermSomeVocabulary, 'lenient')).toBe(true);
    expect(allowsAmbiguousTerm('dmp', oneTermSomeVocabulary, 'normal')).toBe(true);
    expect(allowsAmbiguousTerm('dmp', evidence(['ins'], 0), 'normal')).toBe(false);
    expect(allowsAmbiguousTerm('dmp', evidence([], 6), 'normal')).toBe(true);
    expect(allowsAmbiguousTerm('dmp', evidence([], 2), 'lenient')).toBe(false);
  });

  it('in strict mode, never allows an acronym on other evidence alone', () => {
    expect(allowsAmbiguousTerm('dmp', evidence(['ins', 'apcv', 'mssante', 'e-cps'], 40), 'strict')).toBe(false);
  });
});

describe('healthVocabularyIn', () => {
  it('counts health-policy words, not unrelated ones', () => {
    const health = healthVocabularyIn('Les patients et les médecins de l’hôpital, l’Assurance maladie et la santé numérique.');
    const unrelated = healthVocabularyIn('Le serveur DNS résout le nom de domaine avant la requête HTTP.');
    expect(health.size).toBeGreaterThanOrEqual(3);
    expect(unrelated.size).toBe(0);
  });
});

describe('an acronym spelt out as something else', () => {
  const at = (text: string, acronym: string) => [text.indexOf(`(${acronym})`) + 1, text.indexOf(`(${acronym})`) + 1 + acronym.length] as const;
  it('is recognised from the initials of the words before the parenthesis', () => {
    const text = 'les entreprises du numérique en santé (ENS) sont invitées';
    expect(isDefinedOtherwise(text, ...at(text, 'ENS'), false)).toBe(true);
  });
  it('is not when the programme itself was just named, or without a definition', () => {
    const named = 'l’Espace numérique de santé (ENS) ouvre';
    expect(isDefinedOtherwise(named, ...at(named, 'ENS'), true)).toBe(false);
    const bare = 'un article sur la santé (ENS) publié hier';
    expect(isDefinedOtherwise(bare, ...at(bare, 'ENS'), false)).toBe(false);
  });
});
