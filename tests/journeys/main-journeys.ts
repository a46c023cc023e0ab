import assert from 'node:assert/strict';
import type { DatasetStatus } from '../../utils/dataset/dataset-status';
import type { Release } from '../../utils/dataset/schema';
import { formatPartialDate } from '../../utils/dates/format-date';
import { PHASE_LABELS } from '../../utils/i18n/phase-labels';
import type { Envelope } from '../../utils/messaging/contract';
import { ARTICLES } from '../support/paths';
import { rehash } from '../support/sample-release';
import { makeKeyPair, sign } from '../support/signing';
import { CARD_JOURNEYS } from './card-journeys';
import { PDF_JOURNEYS } from './pdf-journeys';
import type { Journey, JourneyBrowser, JourneyPage } from './journey-browser';
import {
  askBackground,
  cardText,
  eventually,
  hoverText,
  highlightedRangeCount,
  pageTermsOf,
  resetSettings,
  setSettings,
  tabIdOf,
} from './journey-helpers';

/** Opens a sample article and waits until its first scan has found INS. */
async function openArticleWithIns(browser: JourneyBrowser, path: string): Promise<JourneyPage> {
  const page = await browser.newPage();
  const url = browser.origin + path;
  await page.goto(url);
  await eventually(
    () => pageTermsOf(browser.control, url),
    (terms) => assert.ok(terms.some((term) => term.id === 'ins')),
  );
  return page;
}

/**
 * The main journeys of a reader, written once and run in every browser:
 * by Playwright in Chromium (tests/e2e/journeys.spec.ts) and by
 * puppeteer-core in Firefox (tests/e2e-firefox/run.ts).
 */
export const MAIN_JOURNEYS: Journey[] = [
  {
    name: 'a sample article gets its terms marked',
    async run({ browser }) {
      const page = await browser.newPage();
      const url = browser.origin + ARTICLES.dsih2022;
      await page.goto(url);
      const terms = await eventually(
        () => pageTermsOf(browser.control, url),
        (terms) => assert.ok(terms.length > 0, 'no term marked yet'),
      );
      const counts = Object.fromEntries(terms.map((term) => [term.id, term.count]));
      // "l'identité nationale de santé (INS)" is two occurrences of INS.
      assert.equal(counts.ins, 2);
      assert.equal(counts['mon-espace-sante'], 1);
      assert.equal(counts['segur-numerique'], 2);
      assert.equal(counts['e-cps'], 1);
      assert.equal(counts['si-dep'], 1);
      const total = terms.reduce((sum, term) => sum + term.count, 0);
      assert.equal(await highlightedRangeCount(page), total, 'one highlight range per occurrence');
      await page.close();
    },
  },
  {
    name: 'a page with 3,000 occurrences: all are counted, those near the viewport drawn, the last one opens its card',
    async run({ browser }) {
      const page = await browser.newPage();
      const url = `${browser.origin}/hostile/many-marks.html`;
      await page.goto(url);
      const terms = await eventually(
        () => pageTermsOf(browser.control, url),
        (terms) => assert.ok(terms.length > 0, 'no term marked yet'),
      );
      assert.deepEqual(Object.fromEntries(terms.map((term) => [term.id, term.count])), { 'mon-espace-sante': 1500, 'segur-numerique': 1500 });
      // Past 1,000 marks only those within a screen of the viewport are registered (see VisibleMarks),
      // as an IntersectionObserver reports them: a moment after the marks are counted.
      await eventually(
        () => highlightedRangeCount(page),
        (registered) => assert.ok(registered > 0 && registered < 300, `registered ranges: ${registered}`),
      );
      await hoverText(page, 'Ségur numérique', 1499);
      await eventually(
        () => cardText(page),
        (card) => assert.equal(card?.label, 'Ségur numérique'),
      );
      await page.close();
    },
  },
  {
    name: 'hovering INS shows its card with its status and as-of date; Esc closes it',
    async run({ browser, bundled }) {
      const page = await openArticleWithIns(browser, ARTICLES.dsih2022);
      await hoverText(page, 'INS');
      const ins = bundled.terms.find((term) => term.id === 'ins')!;
      const card = await eventually(
        () => cardText(page),
        (card) => assert.equal(card?.label, 'INS'),
      );
      assert.equal(card!.badge, PHASE_LABELS[ins.status.phase].fr);
      assert.ok(card!.status.includes(ins.status.summary.fr), `status: ${card!.status}`);
      assert.ok(card!.status.includes(`au ${formatPartialDate(ins.status.asOf, 'fr')}`), `as-of date missing: ${card!.status}`);
      const source = bundled.sources.find((candidate) => candidate.id === ins.status.sources[0])!;
      assert.ok(card!.sources.includes(source.publisher), `sources: ${card!.sources}`);

      await page.press('Escape');
      await eventually(
        () => cardText(page),
        (card) => assert.equal(card, null, 'the card is still open after Esc'),
      );
      await page.close();
    },
  },
  {
    name: 'the popup opens on now, its search forgives a typo and reads dates, the whole timeline is one tab away',
    async run({ browser, bundled }) {
      const page = await browser.newPage();
      const url = browser.origin + ARTICLES.cns2020;
      await page.goto(url);
      const tabId = await tabIdOf(browser.control, url);
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      await eventually(
        () => popup.evaluate(() => [...document.querySelectorAll('main h2')].map((heading) => heading.id), null),
        (ids) => assert.deepEqual(ids.slice(0, 3), ['on-this-page-title', 'upcoming-title', 'slips-title']),
      );
      const resultsFor = async (query: string) => {
        // Clear the box the way a reader would, then type.
        await popup.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          input.value = '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, null);
        await popup.typeInto('input[type="search"]', query);
      };
      const groupLabels = () =>
        popup.evaluate(() => [...document.querySelectorAll('.results .result-group > .chip')].map((chip) => chip.textContent ?? ''), null);
      await resultsFor('carte vitale');
      await eventually(groupLabels, (labels) => assert.ok(labels.some((label) => label.includes('ApCV')), `results: ${labels.join(', ')}`));
      await resultsFor('segru');
      await eventually(groupLabels, (labels) => assert.ok(labels[0]?.includes('Ségur'), `results: ${labels.join(', ')}`));
      await resultsFor('2025');
      const of2025 = bundled.milestones.filter((milestone) => milestone.date.startsWith('2025')).length;
      await eventually(
        () => popup.evaluate(() => document.querySelectorAll('.results .milestone-line').length, null),
        (count) => assert.equal(count, of2025),
      );
      await resultsFor('');
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('#popup-tab-timeline')!.click(), null);
      await eventually(
        () => popup.evaluate(() => document.querySelectorAll('.timeline .milestone').length, null),
        (count) => assert.equal(count, bundled.milestones.length),
      );
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'a signed release served from localhost is applied, and an open tab uses it',
    async run({ browser, bundled, releases }) {
      const keys = await makeKeyPair();
      const release: Release = structuredClone(bundled);
      release.version = '2099.1.1';
      const updatedStatus = 'Statut mis à jour par une publication de test.';
      release.terms.find((term) => term.id === 'ins')!.status.summary.fr = updatedStatus;
      const body = JSON.stringify(await rehash(release));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      await setSettings(browser.control, { updateUrl: `${browser.origin}/release.json`, trustedKeys: [keys.publicKey] });
      try {
        const page = await openArticleWithIns(browser, ARTICLES.dsih2022);
        const answer = await askBackground<Envelope<DatasetStatus>>(browser.control, { type: 'check-updates' });
        assert.ok(answer.ok, `check-updates failed: ${JSON.stringify(answer)}`);
        assert.equal(answer.value.current?.version, '2099.1.1');
        // Verified in the release checker worker: there is no other path, so an install means the worker ran.
        assert.equal(answer.value.sync.lastOutcome?.code, 'ok');
        // The open tab is told of the new dataset and shows it without a reload.
        await eventually(
          async () => {
            await page.press('Escape');
            await hoverText(page, 'INS');
            return (await eventually(() => cardText(page), (card) => assert.ok(card))) ?? null;
          },
          (card) => assert.ok(card?.status.includes(updatedStatus), `status: ${card?.status}`),
          20_000,
        );
        await page.close();
      } finally {
        await askBackground(browser.control, { type: 'reset-to-bundled' });
        await resetSettings(browser.control);
      }
    },
  },
  // Where the card goes (tests/journeys/card-journeys.ts).
  ...CARD_JOURNEYS,
  ...PDF_JOURNEYS,
];
