// fontkit (pdfkit's font parser) ships no types; fontkitInternals.ts uses only this.
declare module 'fontkit' {
  /** A font parsed from its bytes (what pdfkit accepts in place of font data). */
  export function create(buffer: Uint8Array): object & { layout(text: string): unknown };
}
