import { z } from 'zod';
import { isValidPartialDate } from '../dates/partial-date';
import { CATEGORIES } from './categories';
import { checkReleaseReferences } from './check-references';
import { ID_PATTERN } from './ids';

/**
 * The one schema of Repère's dataset. The build validates the source files in
 * `data/` with it, the background validates the bundled release with it at
 * install, and sync validates every downloaded release with it. Bump
 * SCHEMA_VERSION on any change an older extension could not read.
 */
export const SCHEMA_VERSION = 2;

// Zod can compile parsers with `new Function`; extension pages forbid eval
// (CSP) and store reviewers flag it, so it must never try.
z.config({ jitless: true });

// Kept generous but finite: a hostile release must not be able to make the
// extension store or render megabytes of text in one field.
const MAX_SHORT_TEXT = 200;
const MAX_LONG_TEXT = 1200;


const TermIdSchema = z
  .string()
  .max(60)
  .regex(ID_PATTERN, 'ids are kebab-case: lowercase letters, digits and single hyphens');
const SourceIdSchema = TermIdSchema;
const MilestoneIdSchema = TermIdSchema;

const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')
  .refine(isValidPartialDate, 'not a real calendar day');

const PartialDateSchema = z
  .string()
  .max(10)
  .refine(isValidPartialDate, 'expected YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD');

function nonBlank(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => text.trim().length > 0, 'must not be empty');
}

export const LocalizedTextSchema = z.strictObject({
  fr: nonBlank(MAX_LONG_TEXT),
  en: nonBlank(MAX_LONG_TEXT),
});
const LocalizedLabelSchema = z.strictObject({
  fr: nonBlank(MAX_SHORT_TEXT),
  en: nonBlank(MAX_SHORT_TEXT),
});

/**
 * Only https links reach the user. `new URL` is the parser browsers use, so
 * what passes here is what the card's link will really point to; anything
 * else (javascript:, data:, http:, relative) is refused, not sanitised.
 */
const HttpsUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'expected an absolute https:// URL');

/** File names of the five articles in `../shared/seeds/`. */
const SeedFileSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name');

export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    title: nonBlank(400),
    publisher: nonBlank(MAX_SHORT_TEXT),
    publishedAt: IsoDaySchema,
    url: HttpsUrlSchema.optional(),
    seed: SeedFileSchema.optional(),
  })
  .refine((source) => (source.url === undefined) !== (source.seed === undefined), {
    message: 'a source has exactly one of url or seed',
  });

/** Where a programme stands. French labels in `PHASE_LABELS` (components). */
const PhaseSchema = z.enum([
  'announced',
  'experimentation',
  'deploying',
  'generalised',
  'mandatory',
  'active',
  'completed',
  'paused',
  'stopped',
  'replaced',
]);

const CategorySchema = z.enum(CATEGORIES);

const AliasSchema = z.strictObject({
  /** As it is written in articles: "MSSanté", "Mon espace santé", "e-CPS". */
  text: nonBlank(100),
  /**
   * Acronyms are matched with their exact case ("INS", never "ins");
   * names in any case ("mon espace santé", "MON ESPACE SANTÉ").
   */
  caseSensitive: z.boolean(),
  /**
   * Other things the same letters mean. A non-empty list marks the alias as
   * ambiguous: it is only marked on pages about French health policy.
   */
  ambiguousWith: z.array(nonBlank(MAX_SHORT_TEXT)).max(20).optional(),
  /** Also match the alias followed by a plural "s" ("GHT" → "GHTs"). */
  plural: z.boolean().optional(),
  /**
   * The alias, lowercased, is an ordinary French word ("ANS" → "ans"): inside
   * an ALL-CAPS run of words (a headline) it is ignored.
   */
  frenchWord: z.boolean().optional(),
});

const StatusSchema = z.strictObject({
  phase: PhaseSchema,
  /** The date of the source the status is taken from. */
  asOf: IsoDaySchema,
  /**
   * The day someone last checked the status against sources: a status may
   * be old and still current, and the reader must be able to tell.
   */
  reviewedAt: IsoDaySchema,
  summary: LocalizedTextSchema,
  sources: z.array(SourceIdSchema).min(1).max(10),
});

const FigureSchema = z.strictObject({
  label: LocalizedLabelSchema,
  value: z.number().finite(),
  unit: z.enum(['count', 'percent', 'eur']),
  /** The day the figure describes (on or before its source's date). */
  asOf: IsoDaySchema,
  sources: z.array(SourceIdSchema).min(1).max(10),
});

export const TermSchema = z.strictObject({
  id: TermIdSchema,
  /** Short display label: "INS", "Mon espace santé". */
  label: nonBlank(80),
  /** The expansion: "Identité nationale de santé" / "National health identifier". */
  names: LocalizedLabelSchema,
  category: CategorySchema,
  aliases: z.array(AliasSchema).min(1).max(60),
  summary: LocalizedTextSchema,
  status: StatusSchema,
  figures: z.array(FigureSchema).max(20),
  related: z.array(TermIdSchema).max(30),
  replacedBy: TermIdSchema.optional(),
  /** The programme's own official page, when it has one. */
  homepage: HttpsUrlSchema.optional(),
});

const MilestoneKindSchema = z.enum(['announced', 'planned', 'done', 'slipped', 'cancelled']);

export const MilestoneSchema = z.strictObject({
  id: MilestoneIdSchema,
  terms: z.array(TermIdSchema).min(1).max(20),
  /** When it happened, or when it is now planned. */
  date: PartialDateSchema,
  kind: MilestoneKindSchema,
  title: LocalizedTextSchema,
  sources: z.array(SourceIdSchema).min(1).max(10),
  /**
   * What was first promised, for a promise that was missed (a slip) or a
   * step later cancelled. The date means "by the end of that period"; the
   * wording keeps the promise as it was phrased ("d'ici l'été 2025").
   */
  promised: z
    .strictObject({
      date: PartialDateSchema,
      sources: z.array(SourceIdSchema).min(1).max(10),
      wording: LocalizedLabelSchema.optional(),
    })
    .optional(),
});

export const DatasetVersionSchema = z
  .string()
  .max(40)
  .regex(/^\d+(?:\.\d+){0,3}$/, 'expected a dotted numeric version such as 2026.11.23 or 2026.11.23.1');

export const ReleaseContentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: DatasetVersionSchema,
  publishedAt: z.iso.datetime({ offset: true }),
  /** What this release changed, for the reader (shown once after an update). */
  notes: LocalizedTextSchema.optional(),
  terms: z.array(TermSchema).min(1).max(5000),
  milestones: z.array(MilestoneSchema).max(20000),
  sources: z.array(SourceSchema).min(1).max(20000),
});

const ReleaseHashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256: followed by 64 hex digits');

/**
 * A release as shipped and synced: its content plus the hash of that content
 * (`sha256:` + hex of the canonical JSON without the hash field). The
 * references between terms, milestones and sources must all resolve.
 */
export const ReleaseSchema = ReleaseContentSchema.extend({ hash: ReleaseHashSchema }).superRefine(checkReleaseReferences);

export type Source = z.infer<typeof SourceSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Term = z.infer<typeof TermSchema>;
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type ReleaseContent = z.infer<typeof ReleaseContentSchema>;
export type Release = z.infer<typeof ReleaseSchema>;
