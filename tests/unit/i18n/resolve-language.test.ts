import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../utils/i18n/resolve-language';

describe('resolveLanguage', () => {
  it('follows the options when they name a language', () => {
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr');
  });

  it('on auto, takes the first browser language Repère speaks', () => {
    expect(resolveLanguage('auto', ['fr-CA', 'en'])).toBe('fr');
    expect(resolveLanguage('auto', ['en-GB', 'fr'])).toBe('en');
    expect(resolveLanguage('auto', ['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(resolveLanguage('auto', ['EN-us'])).toBe('en');
  });

  it('falls back to English for a browser in neither French nor English', () => {
    expect(resolveLanguage('auto', ['de-DE'])).toBe('en');
    expect(resolveLanguage('auto', ['es', 'it-IT'])).toBe('en');
    // "fry" (Frisian) and "eno" are other languages, not French or English.
    expect(resolveLanguage('auto', ['fry', 'eno'])).toBe('en');
  });

  it('keeps French when the browser reports no language', () => {
    expect(resolveLanguage('auto', [])).toBe('fr');
  });
});
