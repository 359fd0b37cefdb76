/**
 * What the file system said about a file, in the one wording every command
 * uses: a source, a logo, a wording file, a PDF to sign ("bestaat niet",
 * "mag niet worden gelezen").
 *
 * @param name the file, when the message is not already about it; without it the subject is `unnamed`
 */
export function fileSystemMessage(error: unknown, name: string | undefined, what: string, unnamed = 'bestand'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const subject = name ? `${what} ${name}` : unnamed;
  if (code === 'ENOENT') return `${subject} bestaat niet`;
  if (code === 'EACCES' || code === 'EPERM') return `${subject} mag niet worden gelezen (geen leesrechten)`;
  if (code === 'ELOOP') return `${subject} is een kring van symbolische koppelingen`;
  if (code === 'ENOTDIR') return `${subject} bestaat niet (een deel van het pad is geen map)`;
  return `${subject} kan niet worden gelezen (${code ?? (error as Error).message})`;
}
