// @vitest-environment happy-dom
// The MAIN-world → isolated-world hand-over of page globals (Gmail's ik): only validated strings
// cross, whichever side starts first, and whatever else the page dispatches is ignored.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectPageValues, servePageValues } from '../../../lib/webmail/page-values';
import type { PageValueSpec } from '../../../lib/webmail/types';

type DomWindow = Parameters<typeof servePageValues>[0] & typeof globalThis;

const spec: PageValueSpec = {
  names: ['ik'],
  read: (win): Record<string, string> => {
    const ik = (win as { GLOBALS?: unknown[] }).GLOBALS?.[9];
    return typeof ik === 'string' ? { ik } : {};
  },
  validate: (name, value) => name === 'ik' && /^[0-9a-f]{10}$/.test(value),
};

function page(globals?: unknown[]) {
  const win = new Window({ url: 'https://mail.google.com/mail/u/0/' });
  if (globals) (win as unknown as { GLOBALS: unknown[] }).GLOBALS = globals;
  return win as unknown as DomWindow;
}
const globalsWith = (ik: unknown) => [0, 1, 2, 3, 4, 5, 6, 7, 8, ik];

describe('page values hand-over', () => {
  it('reaches the isolated side whether the MAIN-world script ran before or after it', () => {
    const early = page(globalsWith('0123456789'));
    servePageValues(early, spec);
    expect(collectPageValues(early, spec).current()).toEqual({ ik: '0123456789' });

    const late = page(globalsWith('abcdef0123'));
    const got = collectPageValues(late, spec);
    expect(got.current()).toEqual({});
    servePageValues(late, spec);
    expect(got.current()).toEqual({ ik: 'abcdef0123' });
  });

  it('drops values that fail validation and events the page forges', () => {
    const win = page(globalsWith('"><script>'));
    const got = collectPageValues(win, spec);
    servePageValues(win, spec);
    expect(got.current()).toEqual({});
    for (const detail of [{ ik: '0123456789' }, 'not json', JSON.stringify({ ik: 42 }), 'x'.repeat(20_000)]) {
      win.dispatchEvent(new win.CustomEvent('headerlens:page-values', { detail }));
    }
    expect(got.current()).toEqual({});
    // A well-formed, valid value is accepted from any sender: validation is the guard, not the source.
    win.dispatchEvent(
      new win.CustomEvent('headerlens:page-values', {
        detail: JSON.stringify({ ik: 'ffffffffff', other: 'x' }),
      }),
    );
    expect(got.current()).toEqual({ ik: 'ffffffffff' });
  });

  it('stops listening when its signal aborts, and survives a throwing reader', () => {
    const win = page();
    const ac = new AbortController();
    const got = collectPageValues(win, spec, ac.signal);
    ac.abort();
    win.dispatchEvent(
      new win.CustomEvent('headerlens:page-values', { detail: JSON.stringify({ ik: '0123456789' }) }),
    );
    expect(got.current()).toEqual({});
    const throwing: PageValueSpec = {
      ...spec,
      read: () => {
        throw new Error('page changed');
      },
    };
    expect(() => servePageValues(win, throwing)).not.toThrow();
  });
});
