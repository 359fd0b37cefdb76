/**
 * A file a command takes as it is (the PDF to sign or verify, a certificate,
 * a Word document to import): its bytes, or one message naming it and what
 * the file system said, never an internal error.
 */
import { readFile } from 'node:fs/promises';
import { SourceError } from '../sources/diagnostics.js';

/** @param kind what the file should be, for the message when it is a folder ("een Word-document") */
export async function readInput(file: string, kind = 'een bestand'): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'bestand niet gevonden'
      : code === 'EISDIR' ? `is een map, geen ${kind.replace(/^een /, '')}`
      : code === 'EACCES' || code === 'EPERM' ? 'mag niet worden gelezen (geen leesrechten)'
      : `kan niet worden gelezen (foutcode ${code ?? (error as Error).message})`;
    throw new SourceError([{ file, message }]);
  }
}
