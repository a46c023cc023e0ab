// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dayFromFrenchText, detectPublicationDate } from '../../../utils/article-date/detect-publication-date';

function documentWith(head: string, body = '<p>Texte</p>'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('publication date detection', () => {
  it.each([
    ['Open Graph article:published_time', '<meta property="article:published_time" content="2022-06-28T09:12:00+02:00">'],
    ['og:article:published_time', '<meta property="og:article:published_time" content="2022-06-28">'],
    ['Dublin Core DC.date.issued', '<meta name="DC.date.issued" content="2022-06-28">'],
    ['dcterms.created', '<meta name="dcterms.created" content="2022-06-28T00:00:00Z">'],
    ['schema.org itemprop', '<meta itemprop="datePublished" content="2022-06-28">'],
    ['pubdate', '<meta name="pubdate" content="20220628">'],
  ])('reads %s', (_name, head) => {
    expect(detectPublicationDate(documentWith(head))).toBe('2022-06-28');
  });

  it('reads JSON-LD, including inside @graph, and survives a broken block', () => {
    const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    expect(detectPublicationDate(documentWith(jsonLd({ '@type': 'NewsArticle', datePublished: '2022-12-14T10:00:00+01:00' })))).toBe('2022-12-14');
    expect(
      detectPublicationDate(
        documentWith('<script type="application/ld+json">{ broken</script>' + jsonLd({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', datePublished: '2020-06-25' }] })),
      ),
    ).toBe('2020-06-25');
  });

  it('prefers the published date to a modified one', () => {
    const head =
      '<meta property="article:modified_time" content="2024-01-01"><meta property="article:published_time" content="2022-06-28">';
    expect(detectPublicationDate(documentWith(head))).toBe('2022-06-28');
  });

  it('reads <time datetime> elements', () => {
    expect(detectPublicationDate(documentWith('', '<article><header><time datetime="2021-03-09">9 mars</time></header></article>'))).toBe('2021-03-09');
    expect(detectPublicationDate(documentWith('', '<p>Publié <time pubdate datetime="2019-04-25T10:00">le 25 avril</time></p>'))).toBe('2019-04-25');
  });

  it('reads French datelines in the text', () => {
    expect(dayFromFrenchText('DSIH, MARDI 28 JUIN 2022')).toBe('2022-06-28');
    expect(dayFromFrenchText('Publié le 14/12/2022 à 10h')).toBe('2022-12-14');
    expect(dayFromFrenchText('Publiée le 1er février 2023')).toBe('2023-02-01');
    expect(dayFromFrenchText('publié le jeudi 17 août 2023')).toBe('2023-08-17');
    expect(detectPublicationDate(documentWith('', '<p>DSIH, MARDI 28 JUIN 2022</p><p>Le 24 juin 2021, le ministère…</p>'))).toBe('2022-06-28');
  });

  it('says nothing when the page does not say, rather than guessing from dates in the text', () => {
    expect(detectPublicationDate(documentWith('', '<p>Le 25 avril 2019, le gouvernement annonçait sa feuille de route.</p>'))).toBeNull();
    expect(detectPublicationDate(documentWith('<meta property="article:published_time" content="hier">'))).toBeNull();
    expect(dayFromFrenchText('mardi 31 février 2022')).toBeNull();
  });
});
