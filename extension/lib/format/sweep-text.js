// What a page says about a running or finished sweep ({checked, total, deleted, done}, as the
// background's sweeper reports it), in plain words with correct plurals.
import { plural } from './plural.js';

export function sweepText({ checked, total, deleted, done }) {
  if (!done) {
    return `Applying your change: checked ${checked.toLocaleString('en')} of ${plural(total, 'cookie')}, `
      + `${deleted.toLocaleString('en')} deleted so far…`;
  }
  if (deleted === 0) return `Done: checked ${plural(total, 'cookie')}, none needed deleting.`;
  return `Done: checked ${plural(total, 'cookie')} and deleted ${deleted.toLocaleString('en')}.`;
}
