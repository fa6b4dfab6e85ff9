// How a page asks the background for something (see background/page-requests.js): resolves with
// the value, or rejects with an Error carrying the background's or the host's error code.
import { api } from '../lib/browser-api.js';

export async function ask(type, args = {}) {
  const reply = await api.runtime.sendMessage({ type, args });
  if (!reply?.ok) {
    const error = new Error(reply?.error?.message ?? 'no answer from the extension background');
    error.code = reply?.error?.code ?? 'unavailable';
    throw error;
  }
  return JSON.parse(reply.json);
}
