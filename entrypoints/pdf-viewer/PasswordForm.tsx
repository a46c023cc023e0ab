import { useEffect, useState } from 'preact/hooks';
import type { Language } from '@/utils/dates/format-date';
import { pdfText } from '@/utils/i18n/pdf-strings';
import type { PasswordPrompt } from './load-document';

/** pdf.js asks for the password (again after a wrong one); it never leaves the page. */
export function PasswordForm({ prompt, language }: { prompt: PasswordPrompt; language: Language }) {
  const t = pdfText(language);
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState(false);
  // A refused password comes back as a new prompt: the form is usable again.
  useEffect(() => setSent(false), [prompt]);
  return (
    <form
      class="pdf-notice pdf-password"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(true);
        prompt.answer(password);
      }}
    >
      <h1>{t('pdf.passwordTitle')}</h1>
      {prompt.wrong && <p role="alert">{t('pdf.passwordWrong')}</p>}
      <label>
        {t('pdf.passwordLabel')}
        <input type="password" name="password" autoFocus autoComplete="off" value={password} onInput={(event) => setPassword((event.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={sent || password === ''}>
        {t('pdf.passwordSubmit')}
      </button>
    </form>
  );
}
