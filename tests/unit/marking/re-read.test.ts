// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildMarkerIndex, type MarkerIndex } from '../../../utils/dataset/term-index';
import { createMatcher } from '../../../utils/matcher/compile-matcher';
import { PageMarker } from '../../../utils/marking/page-marker';
import { DEFAULT_SETTINGS, contentSettingsOf } from '../../../utils/settings/settings';

let index: MarkerIndex;
let window: Window;

beforeAll(async () => {
  index = buildMarkerIndex(await buildReleaseFromDataDir());
});
afterEach(async () => window?.happyDOM.close());

const PAGES = [['Le DMP est alimenté.', 'MSSanté relie les soignants.'], ['L’ApCV et le DMP.']];

/** Two "pages" of a PDF viewer's text layers, read the way the viewer reads them (no watching). */
function viewerMarker(pages = PAGES, joinLines = false): { marker: PageMarker; layers: HTMLElement[] } {
  window = new Window({ url: 'chrome-extension://repere/pdf-viewer.html' });
  const document = window.document as unknown as Document;
  // Each page a text layer of line spans, as pdf.js draws them.
  for (const lines of pages) {
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    for (const line of lines) {
      const span = document.createElement('span');
      span.textContent = line;
      layer.append(span, document.createElement('br'));
    }
    document.body.append(layer);
  }
  const marker = new PageMarker({
    document,
    root: document.body,
    matcher: createMatcher(index.matcher),
    settings: contentSettingsOf(DEFAULT_SETTINGS),
    categoryOf: (termId) => index.categories[termId],
    watch: false,
    joinLines,
  });
  return { marker, layers: [...document.querySelectorAll<HTMLElement>('.textLayer')] };
}

describe('a page re-read without watching (the PDF viewer)', () => {
  it('counts each occurrence once when the same layer is queued several times at once', async () => {
    const { marker, layers } = viewerMarker();
    await marker.start();
    const once = Object.fromEntries(marker.counts());
    expect(once).toEqual({ dmp: 2, mssante: 1, apcv: 1 });
    // pdf.js's "text layer rendered" and "find matches updated" arrive together after a zoom.
    for (const layer of [...layers, ...layers, layers[0]!]) marker.include(layer);
    await marker.scanned();
    expect(Object.fromEntries(marker.counts())).toEqual(once);
    marker.destroy();
  });

  it('forgets the marks of text that pdf.js replaced, and marks the new text', async () => {
    const { marker, layers } = viewerMarker();
    await marker.start();
    const span = layers[1]!.querySelector('span')!;
    // Find highlighting rebuilds a line's text nodes.
    span.textContent = 'L’ApCV seulement.';
    marker.forgetDetached();
    marker.include(layers[1]!);
    await marker.scanned();
    expect(marker.termIds()).toEqual(new Set(['dmp', 'mssante', 'apcv']));
    expect([...marker.marksInOrder()].filter((mark) => mark.termId === 'dmp')).toHaveLength(1);
    marker.destroy();
  });

  it('with joinLines, finds a name split across two lines, as one mark over both', async () => {
    const pages = [['Les patients retrouvent leurs documents dans Mon espace', 'santé, même après un changement.'], ['MSSanté relie les soignants.']];
    const { marker } = viewerMarker(pages, true);
    await marker.start();
    expect(Object.fromEntries(marker.counts())).toEqual({ 'mon-espace-sante': 1, mssante: 1 });
    const [mark] = marker.marksInOrder();
    expect(mark!.range.toString()).toBe('Mon espacesanté');
    marker.destroy();
    // Web pages keep nodes apart: "Mon espace" then "santé" in two nodes is not one name.
    const apart = viewerMarker(pages, false);
    await apart.marker.start();
    expect(Object.fromEntries(apart.marker.counts())).toEqual({ mssante: 1 });
    apart.marker.destroy();
  });

  it('with joinLines, finds a name split across lines wherever the split falls on a long page (the 128th line included)', async () => {
    for (const splitAt of [126, 127, 128, 255]) {
      const lines = Array.from({ length: 300 }, (_, index) => `Ligne ${index} du rapport.`);
      lines[splitAt] = 'Les documents restent dans Mon espace';
      lines[splitAt + 1] = 'santé, même après un changement.';
      const { marker } = viewerMarker([lines], true);
      await marker.start();
      expect(Object.fromEntries(marker.counts()), `split after line ${splitAt}`).toEqual({ 'mon-espace-sante': 1 });
      marker.destroy();
    }
  });

  it('reads a layer queued while the previous reading was ending', async () => {
    const { marker, layers } = viewerMarker();
    await marker.start();
    marker.include(layers[0]!);
    layers[1]!.querySelector('span')!.textContent = 'Mon espace santé et l’ApCV.';
    marker.forgetDetached();
    marker.include(layers[1]!);
    await marker.scanned();
    expect(Object.fromEntries(marker.counts())).toEqual({ dmp: 1, mssante: 1, apcv: 1, 'mon-espace-sante': 1 });
    marker.destroy();
  });
});
