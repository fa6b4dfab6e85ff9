// A vendor id from a name: lower-case letters, digits and single dashes ("Azure / Microsoft" ->
// "azure-microsoft"), as the host's schema wants.
export function slug(text) {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
