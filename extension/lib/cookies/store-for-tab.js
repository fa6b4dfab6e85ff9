// The cookie store a tab uses: Firefox tells it (cookieStoreId, also for containers); Chromium
// lists the tabs of each store (incognito is store "1"). Null when no store claims the tab.
export function storeIdForTab(stores, tab) {
  if (typeof tab.cookieStoreId === 'string') return tab.cookieStoreId;
  return stores.find((store) => store.tabIds?.includes(tab.id))?.id ?? null;
}
