/** The months in Dutch, January first. */
export const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2023-12-12" -> "12 december 2023". */
export function formatDutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${dutchMonths[(m ?? 1) - 1]} ${y}`;
}
