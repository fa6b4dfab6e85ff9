// How a settings page makes a change: the controls under `root` are held and the page is
// aria-busy while the background works (a change of defaults sweeps every cookie, shown by
// `sweeps`), then the page is redrawn and focus returns to the control that made the change.
import { ask } from './ask.js';
import { holdControls } from './hold-controls.js';

export function changeRunner({ root, sweeps, redraw, onError }) {
  return async function change(request, args, where) {
    const focusKey = document.activeElement?.dataset?.focusKey;
    const release = holdControls(root);
    root.setAttribute('aria-busy', 'true');
    sweeps.announce('Applying your change…');
    try {
      await ask(request, args);
      await redraw();
      if (focusKey) document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    } catch (error) {
      onError(error, where);
    } finally {
      release();
      sweeps.settle();
      root.setAttribute('aria-busy', 'false');
    }
  };
}
