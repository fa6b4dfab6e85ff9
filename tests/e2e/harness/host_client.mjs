// A node client of the host's protocol (host/PROTOCOL.md): spawns `consentry-host serve` on a data
// directory and exchanges length-prefixed JSON messages over its pipes. The demo reads verdicts and
// the deletion log with it; tests use it to check what the host recorded.
import { spawn } from 'node:child_process';

import { hostBinary } from './paths.mjs';

export class HostClient {
  #child;
  #pending = new Map();
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #stderr = '';

  constructor(dataDir) {
    this.#child = spawn(hostBinary(), ['serve'], {
      env: { ...process.env, CONSENTRY_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.#child.stdout.on('data', (chunk) => this.#receive(chunk));
    this.#child.stderr.on('data', (chunk) => { this.#stderr += chunk; });
    this.#child.on('exit', (code) => this.#failAll(new Error(`consentry-host exited (${code}): ${this.#stderr.trim()}`)));
    this.#child.on('error', (error) => this.#failAll(error));
  }

  // Sends {type, id, ...fields}; resolves with the reply, rejects on an `error` reply.
  request(type, fields = {}) {
    const id = this.#nextId++;
    const body = Buffer.from(JSON.stringify({ type, id, ...fields }), 'utf8');
    const header = Buffer.alloc(4);
    header.writeUInt32LE(body.length);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, type });
      this.#child.stdin.write(Buffer.concat([header, body]));
    });
  }

  async close() {
    this.#child.stdin.end();
    if (this.#child.exitCode === null) await new Promise((resolve) => this.#child.once('exit', resolve));
  }

  #receive(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= 4) {
      const length = this.#buffer.readUInt32LE(0);
      if (this.#buffer.length < 4 + length) return;
      const reply = JSON.parse(this.#buffer.subarray(4, 4 + length).toString('utf8'));
      this.#buffer = this.#buffer.subarray(4 + length);
      this.#settle(reply);
    }
  }

  #settle(reply) {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (reply.type === 'error') pending.reject(new Error(`${pending.type}: ${reply.code}: ${reply.message}`));
    else pending.resolve(reply);
  }

  #failAll(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}
