/**
 * The one docx internal the Word renderer relies on, typed in one place so a
 * docx upgrade that changes it shows up here (and in the tests): the compiler
 * behind Packer, which gives the package's parts before they are zipped. The
 * package step edits a few of them and zips the package once, rather than
 * unzipping docx's zip and zipping it again.
 */
import { Packer, type File } from 'docx';

/** Part name -> XML text, or the bytes of a binary part (media, fonts). */
export type PackageParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: File): PackageParts;
}

export function compilePackage(file: File): PackageParts {
  return (Packer as unknown as { compiler: Compiler }).compiler.compile(file);
}
