/** `make`, called when first asked for and then remembered: a command's document is built only if a format needs it, and once. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
