/**
 * What the import could not place, said where it was in the Word document
 * ("tabel 3, rij 12, kolom 4", "alinea 7", "voettekst") and why. Nothing
 * the document says is dropped without a warning.
 */
export interface ImportWarning {
  where: string;
  message: string;
}

export class Warnings {
  readonly items: ImportWarning[] = [];

  add(where: string, message: string): void {
    if (!this.items.some((w) => w.where === where && w.message === message)) this.items.push({ where, message });
  }
}

export function cellWhere(table: number, row: number, column?: number): string {
  return column === undefined ? `tabel ${table}, rij ${row}` : `tabel ${table}, rij ${row}, kolom ${column}`;
}

export function paragraphWhere(paragraph: number): string {
  return `alinea ${paragraph}`;
}

export function formatWarning(file: string, w: ImportWarning): string {
  return `${file}: ${w.where}: ${w.message}`;
}
