/**
 * The elements Repère itself adds to a page: the card's host, and the
 * wrappers of the fallback highlighter. The reading and the mutation
 * watch skip them: Repère never marks or rescans its own UI.
 */
export const CARD_HOST_TAG = 'repere-card';
export const MARK_WRAPPER_TAG = 'repere-mark';
