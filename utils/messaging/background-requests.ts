import { z } from 'zod';

/**
 * The requests the background answers, validated with Zod before it acts on
 * them: any extension context can send a message, and a bug in one must not
 * reach the database. (Types for senders are in messages.ts.)
 */
const TermIdSchema = z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Requests the background answers. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-index') }),
  z.object({ type: z.literal('get-term-details'), ids: z.array(TermIdSchema).max(1000) }),
  z.object({ type: z.literal('get-status') }),
  z.object({ type: z.literal('open-term-page'), id: TermIdSchema }),
  z.object({ type: z.literal('check-updates') }),
  z.object({ type: z.literal('rollback') }),
  z.object({ type: z.literal('reset-to-bundled') }),
  z.object({
    type: z.literal('import-release'),
    text: z.string().max(10 * 1024 * 1024),
    signature: z.string().max(1000).optional(),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;


export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const result = BackgroundRequestSchema.safeParse(message);
  return result.success ? result.data : null;
}
