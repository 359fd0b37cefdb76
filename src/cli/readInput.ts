/**
 * A file a command takes as it is (the PDF to sign or verify, a certificate,
 * a Word document to import, the source to preview): its bytes, or one
 * message naming it and what the file system said, never an internal error.
 */
import { readFile } from 'node:fs/promises';
import { SourceError } from '../sources/diagnostics.js';
import { fileSystemMessage } from '../sources/fileSystemMessage.js';

/** @param kind what the file should be, for the message when it is a folder ("Word-document") */
export async function readInput(file: string, kind = 'bestand'): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new SourceError([{ file, message: inputProblem(error, kind) }]);
  }
}

/** What the file system said of an input, as the sources' messages say it. */
export function inputProblem(error: unknown, kind = 'bestand'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return `is een map, geen ${kind}`;
  return fileSystemMessage(error, undefined, 'bestand');
}
