// A browser storage area (storage.session, storage.local) in memory: values are copied in and
// out as the browsers serialise them, and each set() is counted.
export function fakeStorageArea(initial = {}) {
  const area = {
    values: structuredClone(initial),
    writes: 0,
    async get(key) {
      const keys = key === undefined ? Object.keys(area.values) : [key].flat();
      return structuredClone(Object.fromEntries(keys.filter((k) => k in area.values).map((k) => [k, area.values[k]])));
    },
    async set(items) {
      area.writes += 1;
      Object.assign(area.values, structuredClone(items));
    },
  };
  return area;
}
