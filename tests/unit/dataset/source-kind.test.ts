import { describe, expect, it } from 'vitest';
import { sourceKindOf } from '../../../utils/dataset/source-kind';

describe('the kind of a source', () => {
  it.each([
    ['https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031912641', 'primary'],
    ['https://esante.gouv.fr/produits-services/mssante', 'primary'],
    ['https://www.assurance-maladie.ameli.fr/presse/2025', 'primary'],
    ['https://eur-lex.europa.eu/eli/reg/2025/327/oj', 'primary'],
    ['https://www.senat.fr/rap/r20-022/r20-022_mono.html', 'primary'],
    ['https://www.centre-val-de-loire.paps.sante.fr/repertoire-adeli-0', 'primary'],
    ['https://www.dsih.fr/article/5123', 'press'],
    ['https://juriblio.fr/jo/2026/01/27', 'press'],
    // A look-alike host is not the ministry.
    ['https://sante.gouv.fr.example.com/page', 'press'],
  ])('%s is %s', (url, kind) => {
    expect(sourceKindOf({ url })).toBe(kind);
  });

  it('tells a seed article apart', () => {
    expect(sourceKindOf({ seed: '003_fcd8eb3691d28242.txt' })).toBe('seed');
  });
});
