/**
 * The kinds of term, in the order the popup lists them. A plain list (not
 * only the schema's enum) because settings parsing in the content script
 * needs it without a schema library.
 */
export const CATEGORIES = [
  // Bodies and organisations (ANS, DNS, CNS, Cnam…): a reader may mute them.
  'institutions',
  'identity',
  'patient-services',
  'professional-services',
  'health-data',
  'crisis-systems',
  'funding-programmes',
  'governance',
  'referentials',
] as const;

export type Category = (typeof CATEGORIES)[number];
