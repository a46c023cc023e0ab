import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardHost } from '@/components/term-card/card-host';
import { registerStage } from '../content/stages';

/** Loaded the first time a reader's pointer rests on a mark: the card's UI (Preact). */
export default defineUnlistedScript(() => {
  registerStage('card', { createCardHost: (document) => new CardHost(document) });
});
