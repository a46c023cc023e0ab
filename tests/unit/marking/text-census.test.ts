// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildMarkerIndex, type MarkerIndex } from '../../../utils/dataset/term-index';
import { createMatcher } from '../../../utils/matcher/compile-matcher';
import { markingRulesOf, PageMarker } from '../../../utils/marking/page-marker';
import { TextCensus } from '../../../utils/marking/text-census';
import { DEFAULT_SETTINGS, contentSettingsOf, type ContentSettings } from '../../../utils/settings/settings';
import { ARTICLES, FIXTURES_DIR } from '../../support/paths';

let index: MarkerIndex;
const windows: Window[] = [];
beforeAll(async () => {
  index = buildMarkerIndex(await buildReleaseFromDataDir());
});
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

function newDocument(): Document {
  const window = new Window({ url: 'chrome-extension://repere/pdf-viewer.html' });
  windows.push(window);
  return window.document as unknown as Document;
}

const categoryOf = (termId: string) => index.categories[termId];

function newCensus(pages: string[][], settings: ContentSettings): TextCensus {
  const counter = new TextCensus({
    implementation: newDocument().implementation,
    matcher: createMatcher(index.matcher),
    rules: markingRulesOf({ settings, categoryOf, joinLines: true }),
  });
  for (const lines of pages) counter.add(lines);
  return counter;
}

function census(pages: string[][], settings: ContentSettings): Record<string, number> {
  return Object.fromEntries(newCensus(pages, settings).counts());
}

/** The same pages drawn as a PDF viewer's text layers and read by the page marker: what the census must agree with. */
async function markedOnPage(pages: string[][], settings: ContentSettings): Promise<Record<string, number>> {
  const document = newDocument();
  for (const lines of pages) {
    const layer = document.createElement('div');
    for (const line of lines) {
      const span = document.createElement('span');
      span.textContent = line;
      layer.append(span, document.createElement('br'));
    }
    document.body.append(layer);
  }
  const marker = new PageMarker({ document, root: document.body, matcher: createMatcher(index.matcher), settings, categoryOf, watch: false, joinLines: true });
  await marker.start();
  const counts = Object.fromEntries(marker.counts());
  marker.destroy();
  return counts;
}

/** A seed article's paragraphs as the lines of one "page". */
function articleLines(file: string): string[] {
  const parser = new DOMParser();
  // Without its stylesheet link: happy-dom would try to load it.
  const document = parser.parseFromString(readFileSync(path.join(FIXTURES_DIR, file), 'utf8').replace(/<link[^>]*>/g, ''), 'text/html');
  return [...document.querySelectorAll('h1, h2, h3, p, li')].map((element) => element.textContent ?? '').filter((line) => line.trim() !== '');
}

describe('TextCensus (the PDF viewer’s count of pages not rendered)', () => {
  const settings = contentSettingsOf(DEFAULT_SETTINGS);

  it('counts each occurrence of text it never shows, names split across lines included', () => {
    const pages = [
      ['Le DMP est alimenté.', 'MSSanté relie les soignants ; Mon espace'],
      ['santé rassemble les documents.', 'L’ApCV et le DMP.'],
    ];
    // "Mon espace" / "santé" runs from one page into the next: pages are read apart, so it is not one name.
    expect(census(pages, settings)).toEqual({ dmp: 2, mssante: 1, apcv: 1 });
    expect(census([pages[0]!.slice(1).concat(pages[1]!)], settings)).toEqual({ dmp: 1, mssante: 1, apcv: 1, 'mon-espace-sante': 1 });
  });

  it('knows the first part that names each programme, an acronym backed only by a later part included', () => {
    const pages = [['Page 1 : le DMP.'], ['Page 2 : rien.'], ['Page 3 : MSSanté, Mon espace santé et l’ApCV.', 'Le DMP encore.']];
    const counter = newCensus(pages, settings);
    // The acronym on page 1 waits for evidence that only page 3 brings; it still belongs to page 1.
    expect(Object.fromEntries(counter.counts())).toEqual({ dmp: 2, mssante: 1, 'mon-espace-sante': 1, apcv: 1 });
    expect(Object.fromEntries(counter.firstParts())).toEqual({ dmp: 0, mssante: 2, 'mon-espace-sante': 2, apcv: 2 });
  });

  it('agrees with the page marker on the five seed articles, ambiguous acronyms and muted categories included', async () => {
    const muted = { ...settings, mutedCategories: ['institutions'] } as ContentSettings;
    for (const file of Object.values(ARTICLES)) {
      const pages = [articleLines(file)];
      expect(pages[0]!.length).toBeGreaterThan(5);
      for (const rules of [settings, muted, { ...settings, ambiguity: 'strict' } as ContentSettings]) {
        const counted = census(pages, rules);
        expect(Object.keys(counted).length, file).toBeGreaterThan(0);
        expect(counted, file).toEqual(await markedOnPage(pages, rules));
      }
    }
  });
});
