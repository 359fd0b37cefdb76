// The public API for agreement sources: `import { defineJaarschijf } from 'jaarschijf'`.
export { defineRaamovereenkomst, defineJaarschijf } from './model/define.js';
export type {
  RaamovereenkomstInput,
  JaarschijfInput,
  KaderId,
  PartyId,
  ThemeId,
  TrekkerId,
} from './model/define.js';
export type { Raamovereenkomst, Jaarschijf, Jaarafspraak, Party } from './model/schema.js';
