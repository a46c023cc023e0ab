import { Fragment } from 'preact';
import type { BoundCommand } from '@/utils/adapters/commands/keyboard-shortcuts';
import type { Language } from '@/utils/dates/format-date';
import { welcomeText } from '@/utils/i18n/welcome-strings';

/** The commands the welcome page explains, in the order a reader uses them (wxt.config.ts declares them). */
const EXPLAINED_COMMANDS = ['next-term', 'previous-term'] as const;

export interface ShortcutGuideProps {
  /** What the browser reports (commands.getAll()); undefined while it is being read. */
  commands: BoundCommand[] | undefined;
  language: Language;
  /** The browser's shortcut settings page, shown as the link's address. */
  shortcutSettingsUrl: string;
  /** Opens that page: a page may not follow a link to chrome:// or about: itself. */
  onOpenShortcutSettings: () => void;
}

/** "Alt+Shift+N" as three keys; a macOS "⌥⇧N" has no separator and stays one. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={index}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/**
 * The keyboard commands with the keys actually bound, and where to change
 * them; a command left without a key is said so, with the way to fix it.
 */
export function ShortcutGuide({ commands, language, shortcutSettingsUrl, onOpenShortcutSettings }: ShortcutGuideProps) {
  const t = welcomeText(language);
  const settingsLink = (
    <a
      href={shortcutSettingsUrl}
      onClick={(event) => {
        event.preventDefault();
        onOpenShortcutSettings();
      }}
    >
      {t('welcome.openShortcuts')}
    </a>
  );
  if (!commands) {
    return (
      <section class="welcome-keys" aria-labelledby="welcome-keys-title" aria-busy="true">
        <h2 id="welcome-keys-title">{t('welcome.keysTitle')}</h2>
        <p class="muted">{t('welcome.keysLoading')}</p>
      </section>
    );
  }
  const bound = EXPLAINED_COMMANDS.map((name) => ({
    name,
    shortcut: commands.find((command) => command.name === name)?.shortcut ?? '',
  }));
  const someUnbound = bound.some((command) => command.shortcut === '');
  return (
    <section class="welcome-keys" aria-labelledby="welcome-keys-title">
      <h2 id="welcome-keys-title">{t('welcome.keysTitle')}</h2>
      <dl class="key-list">
        {bound.map((command) => (
          <div key={command.name} class="key-row" data-command={command.name}>
            <dt>{command.shortcut ? <Keys shortcut={command.shortcut} /> : <span class="unbound">{t('welcome.keyUnbound')}</span>}</dt>
            <dd>{t(`welcome.command.${command.name}`)}</dd>
          </div>
        ))}
        <div class="key-row">
          <dt>
            <kbd>{t('welcome.keyEscape')}</kbd>
          </dt>
          <dd>{t('welcome.keyEscapeMeaning')}</dd>
        </div>
      </dl>
      {someUnbound ? (
        <p class="notice" role="note">
          {t('welcome.keysUnbound')} {settingsLink}
        </p>
      ) : (
        <p class="muted">
          {t('welcome.keysChange')} {settingsLink}
        </p>
      )}
    </section>
  );
}
