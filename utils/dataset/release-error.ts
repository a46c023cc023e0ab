/**
 * Why a release was refused or could not be fetched, as a code the tests
 * check and a plain sentence the popup and options show, in both languages.
 */
export type ReleaseErrorCode =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'content-type'
  | 'too-large'
  | 'truncated'
  | 'invalid-json'
  | 'unsupported-schema'
  | 'schema'
  | 'hash-mismatch'
  | 'signature-missing'
  | 'signature-invalid'
  | 'signature-untrusted'
  | 'not-newer'
  | 'insecure-url'
  | 'no-previous'
  | 'interrupted';

const MESSAGES: Record<ReleaseErrorCode, { fr: string; en: string }> = {
  network: { fr: 'Le serveur des mises à jour est injoignable.', en: 'The update server could not be reached.' },
  timeout: { fr: 'Le serveur a mis trop de temps à répondre.', en: 'The server took too long to answer.' },
  'http-status': { fr: 'Le serveur a répondu par une erreur.', en: 'The server answered with an error.' },
  'content-type': {
    fr: "Le serveur n'a pas envoyé un fichier JSON.",
    en: 'The server did not send a JSON file.',
  },
  'too-large': { fr: 'Le fichier de mise à jour est trop volumineux.', en: 'The update file is too large.' },
  truncated: { fr: 'Le téléchargement a été interrompu.', en: 'The download was cut off.' },
  'invalid-json': { fr: "Le fichier de mise à jour est illisible (JSON invalide).", en: 'The update file is unreadable (invalid JSON).' },
  'unsupported-schema': {
    fr: "Cette mise à jour demande une version plus récente de l'extension.",
    en: 'This update needs a newer version of the extension.',
  },
  schema: { fr: 'Le contenu de la mise à jour ne respecte pas le format attendu.', en: 'The update does not follow the expected format.' },
  'hash-mismatch': {
    fr: "L'empreinte du fichier ne correspond pas à son contenu.",
    en: "The file's hash does not match its content.",
  },
  'signature-missing': { fr: "La mise à jour n'est pas signée.", en: 'The update is not signed.' },
  'signature-invalid': { fr: 'La signature de la mise à jour est invalide.', en: 'The update signature is invalid.' },
  'signature-untrusted': {
    fr: "La mise à jour est signée par une clé qui n'est pas de confiance.",
    en: 'The update is signed by a key that is not trusted.',
  },
  'not-newer': {
    fr: "Cette version n'est pas plus récente que celle installée.",
    en: 'This version is not newer than the installed one.',
  },
  'insecure-url': {
    fr: "L'adresse des mises à jour doit commencer par https:// (ou http://localhost).",
    en: 'The update address must start with https:// (or http://localhost).',
  },
  'no-previous': { fr: "Aucune version précédente n'est conservée.", en: 'No previous version is kept.' },
  interrupted: {
    fr: "La mise à jour précédente a été interrompue ; rien n'a été modifié.",
    en: 'The previous update was interrupted; nothing was changed.',
  },
};

export class ReleaseError extends Error {
  override name = 'ReleaseError';
  constructor(
    readonly code: ReleaseErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${MESSAGES[code].en} (${detail})` : MESSAGES[code].en);
  }

  get userMessage(): { fr: string; en: string } {
    const suffix = this.detail ? ` (${this.detail})` : '';
    return { fr: MESSAGES[this.code].fr + suffix, en: MESSAGES[this.code].en + suffix };
  }
}
