// @vitest-environment happy-dom
// "Usual for this sender" in the popup and inspector, and the options page's memory section.
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SenderMemoryLine } from '../../../components/SenderMemoryLine';
import { emptyMemory, learn, type SenderMemory, snapshotOf } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { analyse, message } from '../memory/sequence';
import { mount, until } from './render';

let memory: SenderMemory;
beforeAll(async () => {
  memory = emptyMemory(new Date('2026-11-21T08:00:00Z'));
  for (const n of [1, 2, 3])
    memory = learn(memory, await analyse(await message({ n }), snapshotOf(memory), n)).memory;
}, 60_000);

afterEach(() => {
  document.body.innerHTML = '';
});

const line = (root: HTMLElement) => root.querySelector('[data-testid="sender-memory-line"]')?.textContent;

describe('SenderMemoryLine', () => {
  it('offers "I know this sender" for a first contact, asks the worker once, and says it is remembered', async () => {
    const a = await analyse(
      await message({ n: 9, from: 'ShopCo <news@shopco.example>' }),
      snapshotOf(memory),
    );
    const calls: string[] = [];
    const root = await mount(
      <SenderMemoryLine
        analysis={a}
        onMarkKnownGood={async () => {
          calls.push('mark');
          return null;
        }}
      />,
    );
    const button = root.querySelector<HTMLButtonElement>('[data-testid="mark-known-good"]');
    expect(button?.textContent).toBe('I know shopco.example: remember it as a known sender');
    await act(async () => {
      button!.click();
    });
    await until(() => expect(root.querySelector('[data-testid="mark-known-good"]')).toBeNull());
    expect(calls).toEqual(['mark']);
    expect(root.querySelector('[data-testid="mark-known-good-done"]')?.textContent).toBe(
      'shopco.example is remembered as a sender you know.',
    );
  });

  it("never offers it for a message that fails DMARC, and shows the worker's refusal as text", async () => {
    const a = await analyse(await message({ n: 10 }), snapshotOf(memory));
    const failing: Analysis = { ...a, verdict: 'spoofed', dmarc: { ...a.dmarc, result: 'fail' } };
    const root = await mount(<SenderMemoryLine analysis={failing} onMarkKnownGood={async () => null} />);
    expect(root.querySelector('[data-testid="mark-known-good"]')).toBeNull();
    const first = await analyse(
      await message({ n: 11, from: 'Other <a@other.example>' }),
      snapshotOf(memory),
    );
    const refused = await mount(
      <SenderMemoryLine analysis={first} onMarkKnownGood={async () => '<b>refused</b>'} />,
    );
    await act(async () => {
      refused.querySelector<HTMLButtonElement>('[data-testid="mark-known-good"]')!.click();
    });
    await until(() => expect(refused.querySelector('[role="alert"]')?.textContent).toBe('<b>refused</b>'));
    expect(refused.querySelector('b')).toBeNull();
  });

  it('says ✓ usual, with the history behind it', async () => {
    const a = await analyse(await message({ n: 4 }), snapshotOf(memory));
    const root = await mount(<SenderMemoryLine analysis={a} />);
    expect(line(root)).toBe('✓ Usual for this sender');
    const history = root.querySelector('[data-testid="sender-memory-history"]')?.textContent ?? '';
    expect(history).toContain('3 authenticated messages since');
    expect(history).toContain('SendGrid (3)');
    expect(history).toContain('northbank.example (s1)');
  });

  it('says ⚠ new: the network, and the missing signature, for the AWS message', async () => {
    const a = await analyse(await message({ n: 5, via: 'aws', selector: null }), snapshotOf(memory));
    const root = await mount(<SenderMemoryLine analysis={a} />);
    expect(line(root)).toBe('⚠ New for this sender: network Amazon Web Services, no DKIM signature');
  });

  it('says first message for a domain it does not know, and nothing when memory is off', async () => {
    const a = await analyse(
      await message({ n: 6, from: 'ShopCo <news@shopco.example>' }),
      snapshotOf(memory),
    );
    const root = await mount(<SenderMemoryLine analysis={a} />);
    expect(line(root)).toBe('First message from shopco.example that HeaderLens has seen');
    const off = await analyse(await message({ n: 7 }));
    const none = await mount(<SenderMemoryLine analysis={off} />);
    expect(none.querySelector('[data-testid="sender-memory"]')).toBeNull();
  });

  it('shows hostile remembered names as text, never markup', async () => {
    const a = await analyse(await message({ n: 8 }), snapshotOf(memory));
    const hostile: Analysis = {
      ...a,
      memory: {
        ...a.memory!,
        known: {
          ...a.memory!.known!,
          infra: [{ key: 'esp:x', name: '<img src=x onerror=alert(1)>', count: 1, lastSeen: '' }],
        },
      },
    };
    const root = await mount(<SenderMemoryLine analysis={hostile} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
