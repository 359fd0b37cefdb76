// The public API for agreement sources: `import { defineJaarschijf } from 'jaarschijf'`.
export { defineRaamovereenkomst, defineJaarschijf, defineMonitor } from './model/define.js';
export type {
  RaamovereenkomstInput,
  JaarschijfInput,
  KaderId,
  PartyId,
  ThemeId,
  TrekkerId,
  AfspraakId,
  CorporationId,
  MonitorInput,
  MonitorStatus,
  NieuwbouwPhase,
} from './model/define.js';
export type { Raamovereenkomst, Jaarschijf, Jaarafspraak, Party } from './model/schema.js';
