// Renders a Preact tree into a fresh happy-dom container and flushes effects.
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(() => {
    render(tree, root);
  });
  return root;
}

/** Waits until `check` passes (effects that await messages), flushing Preact each round. */
export async function until(check: () => void | Promise<void>, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
  }
}

/** Types into a field the way a user would (an input event), then lets Preact re-render. */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  el.value = value;
  await act(() => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * Unmounts every tree mount() rendered (their effects' clean-ups run, timers are cleared), so no
 * effect is left to fire after the test file's DOM environment is gone.
 */
export async function unmountAll(): Promise<void> {
  await act(() => {
    for (const root of mounted.splice(0)) render(null, root);
  });
  document.body.innerHTML = '';
}
