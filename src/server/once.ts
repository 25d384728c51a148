// A value computed on first use and kept: data the server needs only for some requests.

export function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}
