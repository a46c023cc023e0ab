/** The welcome page: opened once, on first install; linked from the options page (and the popup). */
export const WELCOME_PAGE = 'welcome.html';
