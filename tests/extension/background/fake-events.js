// A browser event as the background sees it (addListener), which a test can fire.
export function fakeEvent() {
  const listeners = [];
  return {
    listeners,
    addListener(listener, ...options) { listeners.push({ listener, options }); },
    fire(...args) { return listeners.map(({ listener }) => listener(...args)); },
  };
}
