/** What the host and the sandbox thread say to each other. */

export interface SandboxRequest {
  id: number;
  entry: string;
  /** Module code by absolute path (JavaScript, types stripped). */
  modules: Record<string, string>;
  timeLimitMs: number;
  memoryLimitBytes: number;
}

export type SandboxFailureKind = 'timeout' | 'memory' | 'stack' | 'runtime' | 'value';

export type SandboxResult = { ok: true; json: string } | { ok: false; kind: SandboxFailureKind; message: string; stack?: string };
export type SandboxReply = SandboxResult & { id: number };

/** The key under which a defined object's origin travels in the JSON (no source writes a NUL into a key by accident). */
export const originJsonKey = '\u0000origin';
