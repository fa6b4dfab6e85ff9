// Splits a list into consecutive slices of at most `size` items (host requests have a limit).
export function chunks(items, size) {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive integer');
  const slices = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}
