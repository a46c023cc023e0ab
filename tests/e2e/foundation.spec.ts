import { formatPartialDate, todayIso } from '../../utils/dates/format-date';
import { PHASE_LABELS } from '../../utils/i18n/phase-labels';
import { milestonesSince } from '../../utils/timeline/milestone-queries';
import { ARTICLES } from '../support/paths';
import { expect, hoverText, openPopupFor, pageTerms, test } from '../support/extension-test';

// The marking, card and search journeys shared with Firefox are in journeys.spec.ts.
test.describe('the thin slice, end to end in Chromium', () => {
  test('hovering INS shows its card: status, as-of date, source, and what happened since the article', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    const card = page.locator('repere-card .card');
    await expect(card).toBeVisible();

    const ins = bundled.terms.find((term) => term.id === 'ins')!;
    await expect(card.locator('.label')).toHaveText('INS');
    await expect(card.locator('.badge')).toHaveText(PHASE_LABELS[ins.status.phase].fr);
    await expect(card.locator('.status')).toContainText(ins.status.summary.fr);
    await expect(card.locator('.status')).toContainText(`au ${formatPartialDate(ins.status.asOf, 'fr')}`);
    const firstSource = bundled.sources.find((source) => source.id === ins.status.sources[0])!;
    await expect(card.locator('.sources')).toContainText(firstSource.publisher);

    // The article's dateline says "MARDI 28 JUIN 2022".
    const since = milestonesSince(
      bundled.milestones.filter((milestone) => milestone.terms.includes('ins')),
      '2022-06-28',
      todayIso(),
    );
    await expect(card.locator('.since-count')).toContainText('Depuis cet article (28 juin 2022)');
    // Expanded, the card lists every one of them.
    await card.locator('button.more').click();
    await expect(card.locator('.since h3')).toHaveText(`Depuis cet article (28 juin 2022) · ${since.length}`);
    for (const milestone of since) await expect(card.locator('.since')).toContainText(milestone.title.fr);
    await page.close();
  });

  test('the popup lists the roadmap as a timeline', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const popup = await openPopupFor(extension, control, page);
    // It opens on now; the whole timeline is the next tab.
    await popup.getByRole('tab', { name: 'Chronologie' }).click();
    await expect(popup.locator('.timeline .milestone')).toHaveCount(bundled.milestones.length);
    const years = [...new Set(bundled.milestones.map((milestone) => milestone.date.slice(0, 4)))].sort();
    await expect(popup.locator('.timeline .year h3').first()).toHaveText(years[0]!);
    await expect(popup.locator('.timeline .today')).toHaveCount(1);
    const first = [...bundled.milestones].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    await expect(popup.locator('.timeline .milestone').first()).toContainText(first.title.fr);
    await popup.close();
    await page.close();
  });
});
