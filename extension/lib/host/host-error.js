// The one error type for everything that can go wrong talking to the host. `code` is the host's
// own error code (invalid_request, storage, not_found, ...) or one of the extension's:
// `unavailable` (no host connected), `timeout` (no reply in time), `bad_reply` (a reply whose
// shape is wrong; it is never acted on).
export class HostError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }
}
