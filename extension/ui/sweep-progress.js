// Shows the background's sweeps as they run (its 'sweep-progress' messages) in `element`, and
// holds the controls under `root` while one runs, so nothing is changed halfway through.
import { api } from '../lib/browser-api.js';
import { sweepText } from '../lib/format/sweep-text.js';
import { holdControls } from './hold-controls.js';

export function watchSweeps(element, root) {
  const { runtime } = api;
  let release = null;
  let reported = false;
  runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== runtime.id || !String(sender.url ?? '').startsWith(runtime.getURL(''))) return;
    if (message?.event !== 'sweep-progress') return;
    const { progress } = message;
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
