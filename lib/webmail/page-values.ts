// Hand-over of page globals (Gmail's ik, Yahoo's wssid) from a MAIN-world script to the isolated
// world. Only strings cross, as JSON in a CustomEvent detail (objects do not cross worlds reliably),
// and the isolated side re-validates each value: the page controls the MAIN world.
import type { PageValueSpec } from './types';

const VALUES_EVENT = 'headerlens:page-values';
const REQUEST_EVENT = 'headerlens:page-values-request';

/** MAIN world: answer requests (and announce once) with the values `spec.read` finds. */
export function servePageValues(win: Window, spec: PageValueSpec, signal?: AbortSignal): void {
  const announce = () => {
    let values: Record<string, string> = {};
    try {
      values = spec.read(win);
    } catch {
      values = {};
    }
    win.dispatchEvent(new CustomEvent(VALUES_EVENT, { detail: JSON.stringify(values) }));
  };
  win.addEventListener(REQUEST_EVENT, announce, { signal });
  announce();
}

/** Isolated world: keeps the latest validated values. */
export function collectPageValues(
  win: Window,
  spec: PageValueSpec,
  signal?: AbortSignal,
): { current(): Readonly<Record<string, string>> } {
  let current: Record<string, string> = {};
  win.addEventListener(
    VALUES_EVENT,
    (e) => {
      const detail = (e as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string' || detail.length > 10_000) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return;
      }
      if (!parsed || typeof parsed !== 'object') return;
      const next: Record<string, string> = {};
      for (const name of spec.names) {
        const v = (parsed as Record<string, unknown>)[name];
        if (typeof v === 'string' && spec.validate(name, v)) next[name] = v;
      }
      current = { ...current, ...next };
    },
    { signal },
  );
  win.dispatchEvent(new CustomEvent(REQUEST_EVENT));
  return { current: () => current };
}
