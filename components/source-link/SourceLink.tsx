import type { Source } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { cardText } from '@/utils/i18n/card-strings';

/**
 * A source as a link (new tab, no opener, no referrer: the publisher learns
 * nothing about the page the reader came from). Seed articles have no URL
 * and are shown as plain text.
 */
export function SourceLink({ source, language }: { source: Source; language: Language }) {
  const caption = `${source.publisher}, ${formatPartialDate(source.publishedAt, language)}`;
  if (!source.url) {
    return (
      <span class="source" title={source.title}>
        {caption} ({cardText(language)('card.seedSource')})
      </span>
    );
  }
  return (
    <a class="source" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {caption}
    </a>
  );
}
