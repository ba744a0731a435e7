// Globals mailauth and its stream library use without importing them: `Buffer` and
// `setImmediate` (mailauth's writeToStream feeds the parser chunk by chunk with it). An MV3
// service worker has neither. Import this module FIRST in the background entrypoint; in Node it
// changes nothing (both exist already).
import { Buffer } from 'buffer';

type Task = () => void;
interface ImmediateGlobals {
  Buffer?: typeof Buffer;
  setImmediate?: (fn: (...args: unknown[]) => void, ...args: unknown[]) => number;
  clearImmediate?: (id: number) => void;
}

const g = globalThis as unknown as ImmediateGlobals;

if (!g.Buffer) g.Buffer = Buffer;

if (typeof g.setImmediate !== 'function') {
  // A MessageChannel message runs as a macrotask without setTimeout's 1–4 ms clamp: a 25 MB
  // message fed in 64 KB chunks would otherwise spend seconds just waiting between chunks.
  const queue = new Map<number, Task>();
  let nextId = 1;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const first = queue.entries().next();
    if (first.done) return;
    const [id, task] = first.value;
    queue.delete(id);
    task();
  };
  g.setImmediate = (fn, ...args) => {
    const id = nextId++;
    queue.set(id, () => fn(...args));
    channel.port2.postMessage(null);
    return id;
  };
  g.clearImmediate = (id) => {
    queue.delete(id);
  };
}
