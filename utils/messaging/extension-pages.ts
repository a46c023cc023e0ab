/** The options page opened once, on first install, with its welcome note shown. */
export const WELCOME_HASH = '#welcome';
export const WELCOME_PAGE = `options.html${WELCOME_HASH}`;
