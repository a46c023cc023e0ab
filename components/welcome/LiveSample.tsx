import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '@/utils/dates/format-date';
import { welcomeText } from '@/utils/i18n/welcome-strings';

/** What marking the sample leaves running (its marks, its hover and cards), to stop on unmount. */
export interface SampleMarking {
  destroy(): void;
}

export interface LiveSampleProps {
  language: Language;
  /**
   * Marks the paragraph with Repère's own marking and cards, as on any
   * article (the welcome page passes the real marker; tests may pass
   * another). A rejection is shown to the reader, not swallowed.
   */
  mark: (paragraph: HTMLElement) => Promise<SampleMarking>;
}

/**
 * A paragraph naming three programmes, marked live: hovering one opens its
 * real card, so the first thing a new reader does is what Repère is for.
 * The text changes with the language, so it is marked again each time.
 */
export function LiveSample({ language, mark }: LiveSampleProps) {
  const t = welcomeText(language);
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let marking: SampleMarking | null = null;
    let cancelled = false;
    setFailure(null);
    mark(paragraph.current!).then(
      (started) => {
        if (cancelled) started.destroy();
        else marking = started;
      },
      (error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
      marking?.destroy();
    };
  }, [language, mark]);

  return (
    <section class="welcome-try" aria-labelledby="welcome-try-title">
      <h2 id="welcome-try-title">{t('welcome.tryTitle')}</h2>
      <p class="muted">{t('welcome.tryHelp')}</p>
      <p class="sample" ref={paragraph} key={language}>
        {t('welcome.sample')}
      </p>
      {failure && (
        <p class="error" role="alert">
          {t('welcome.sampleFailed', { reason: failure })}
        </p>
      )}
    </section>
  );
}
