/** [2, 3, 4, 7] -> "2-4, 7": row numbers as a reader writes them. */
export function rowRanges(rows: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    ranges.push(j > i ? `${rows[i]}-${rows[j]}` : String(rows[i]));
    i = j;
  }
  return ranges.join(', ');
}
