import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerStage } from '../content/stages';
import { PageSession } from './page-session';

/** Loaded by the bootstrap (entrypoints/content) into pages that may name a programme. */
export default defineUnlistedScript(() => {
  registerStage('marker', { createSession: (options) => PageSession.create(options) });
});
