// Shows the background's sweeps as they run (its 'sweep-progress' messages) in `element`, and
// tells the page when one starts and ends so it can hold its controls meanwhile.
import { api } from '../lib/browser-api.js';
import { sweepText } from '../lib/format/sweep-text.js';

export function watchSweeps(element, { onStart = () => {}, onEnd = () => {} } = {}) {
  let running = false;
  let reported = false;
  api.runtime.onMessage.addListener((message) => {
    if (message?.event !== 'sweep-progress') return;
    const { progress } = message;
    reported = true;
    element.hidden = false;
    element.textContent = sweepText(progress);
    if (!progress.done && !running) {
      running = true;
      onStart();
    } else if (progress.done && running) {
      running = false;
      onEnd();
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
