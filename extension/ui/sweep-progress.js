// The background's sweeps as they run (its 'sweep-progress' messages, {checked, total, deleted,
// done}): onSweepProgress hears them; watchSweeps shows them in `element` and holds the controls
// under `root` while one runs, so nothing is changed halfway through.
import { api } from '../lib/browser-api.js';
import { sweepText } from '../lib/format/sweep-text.js';
import { holdControls } from './hold-controls.js';

const progressListeners = new Set();
let listening = false;

// Calls listener(progress) for each report until the returned function is called. One runtime
// listener serves them all.
export function onSweepProgress(listener) {
  const { runtime } = api;
  if (!listening) {
    listening = true;
    runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== runtime.id || !String(sender.url ?? '').startsWith(runtime.getURL(''))) return;
      if (message?.event === 'sweep-progress') for (const heard of progressListeners) heard(message.progress);
    });
  }
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

export function watchSweeps(element, root) {
  let release = null;
  let reported = false;
  onSweepProgress((progress) => {
    reported = true;
    element.hidden = false;
    element.textContent = sweepText(progress);
    if (!progress.done) release ??= holdControls(root);
    else {
      release?.();
      release = null;
    }
  });
  return {
    // Before the first report arrives: the page has asked for a change that sweeps.
    announce(text) {
      reported = false;
      element.hidden = false;
      element.textContent = text;
    },
    // After the change: an announcement no sweep followed is taken down again.
    settle() {
      if (!reported) element.hidden = true;
    },
  };
}
