// `process` for readable-stream in the worker. The `process` npm package runs nextTick callbacks
// from setTimeout(0), which browsers clamp to 4 ms once nested: with a tick or two per 64 KB
// chunk, hashing a 5 MB body spent most of its time asleep. Node runs nextTick callbacks before
// the next macrotask; a microtask is the browser's equivalent.
type Callback = (...args: unknown[]) => void;

export function nextTick(fn: Callback, ...args: unknown[]): void {
  queueMicrotask(() => fn(...args));
}

export const env: Record<string, string | undefined> = {};
export const browser = true;
export const version = '';
export const versions: Record<string, string> = {};
export const platform = 'browser';
export const argv: string[] = [];
export function cwd(): string {
  return '/';
}
export function emitWarning(): void {}

const processShim = { nextTick, env, browser, version, versions, platform, argv, cwd, emitWarning };

export { processShim as process };
export default processShim;
