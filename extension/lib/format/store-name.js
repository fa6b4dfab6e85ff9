// A cookie store in words a person knows: Chromium's "0" and Firefox's "firefox-default" are the
// browser profile, "1" and "firefox-private" a private window, "firefox-container-N" container N
// (its own name when the caller knows it).
export function storeName(storeId, containerNames = {}) {
  if (storeId === undefined || storeId === null || storeId === '' || storeId === '0' || storeId === 'firefox-default') return 'Profile';
  if (storeId === '1' || storeId === 'firefox-private') return 'Private window';
  const container = /^firefox-container-(\d+)$/.exec(storeId);
  if (container) return containerNames[storeId] ? `Container "${containerNames[storeId]}"` : `Container ${container[1]}`;
  return `Store ${storeId}`;
}
