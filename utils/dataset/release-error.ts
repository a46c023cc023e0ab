/**
 * Why a release was refused or could not be fetched: a code the tests check
 * and a plain sentence the popup and options show, in both languages. The
 * technical detail (an HTTP status, a schema path) is kept apart, for a
 * "détails" disclosure: it is developer text, never part of the sentence.
 */
export type ReleaseErrorCode =
  | 'no-url'
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
  | 'checker-unavailable'
  | 'no-previous'
  | 'interrupted'
  | 'failed';

export type LocalizedMessage = { fr: string; en: string };

const MESSAGES: Record<ReleaseErrorCode, LocalizedMessage> = {
  'no-url': {
    fr: "Aucune adresse de mise à jour n’est configurée.",
    en: 'No update address is configured.',
  },
  network: { fr: 'Le serveur des mises à jour est injoignable.', en: 'The update server could not be reached.' },
  timeout: { fr: 'Le serveur a mis trop de temps à répondre.', en: 'The server took too long to answer.' },
  'http-status': { fr: 'Le serveur a répondu par une erreur.', en: 'The server answered with an error.' },
  'content-type': { fr: "Le serveur n’a pas envoyé un fichier JSON.", en: 'The server did not send a JSON file.' },
  'too-large': { fr: 'Le fichier de mise à jour est trop volumineux.', en: 'The update file is too large.' },
  truncated: { fr: 'Le téléchargement a été interrompu.', en: 'The download was cut off.' },
  'invalid-json': { fr: 'Le fichier de mise à jour est illisible.', en: 'The update file is unreadable.' },
  'unsupported-schema': {
    fr: "Cette mise à jour demande une version plus récente de l’extension.",
    en: 'This update needs a newer version of the extension.',
  },
  schema: { fr: 'Le contenu de la mise à jour ne respecte pas le format attendu.', en: 'The update does not follow the expected format.' },
  'hash-mismatch': { fr: "L’empreinte du fichier ne correspond pas à son contenu.", en: "The file's hash does not match its content." },
  'signature-missing': { fr: "La mise à jour n’est pas signée.", en: 'The update is not signed.' },
  'signature-invalid': { fr: 'La signature de la mise à jour est invalide.', en: 'The update signature is invalid.' },
  'signature-untrusted': {
    fr: "La mise à jour est signée par une clé qui n’est pas de confiance.",
    en: 'The update is signed by a key that is not trusted.',
  },
  'not-newer': { fr: "Cette version n’est pas plus récente que celle installée.", en: 'This version is not newer than the installed one.' },
  'insecure-url': {
    fr: "L’adresse des mises à jour (ou celle vers laquelle le serveur renvoie) doit commencer par https:// (ou http://localhost).",
    en: 'The update address (or the one the server redirects to) must start with https:// (or http://localhost).',
  },
  'checker-unavailable': {
    fr: "Le vérificateur des mises à jour n’a pas pu démarrer ; nouvel essai plus tard.",
    en: 'The update checker could not start; it will try again later.',
  },
  'no-previous': { fr: "Aucune version précédente n’est conservée.", en: 'No previous version is kept.' },
  interrupted: {
    fr: "La mise à jour précédente a été interrompue ; rien n’a été modifié.",
    en: 'The previous update was interrupted; nothing was changed.',
  },
  failed: { fr: "L’opération a échoué ; rien n’a été modifié.", en: 'The operation failed; nothing was changed.' },
};

function isReleaseErrorCode(value: unknown): value is ReleaseErrorCode {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

/** The plain sentence for a code (any unknown code reads as a generic failure). */
export function releaseErrorMessage(code: string): LocalizedMessage {
  return isReleaseErrorCode(code) ? MESSAGES[code] : MESSAGES.failed;
}

export class ReleaseError extends Error {
  override name = 'ReleaseError';
  constructor(
    readonly code: ReleaseErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${MESSAGES[code].en} (${detail})` : MESSAGES[code].en);
  }

  get userMessage(): LocalizedMessage {
    return MESSAGES[this.code];
  }
}

/** Any error as a ReleaseError: a refusal keeps its code, anything else is a generic failure with its text as detail. */
export function asReleaseError(error: unknown): ReleaseError {
  if (error instanceof ReleaseError) return error;
  return new ReleaseError('failed', String((error as Error)?.message ?? error).slice(0, 200));
}
