// @vitest-environment happy-dom
// The inspector's analyst pictures rendered from real analyses: the route timeline is a table a
// screen reader can read, in the route list's order; the SPF tree, the DMARC record and the DKIM
// details show what the engine recorded; hostile DNS and header text stays text, and stays small.
import { afterEach, describe, expect, it } from 'vitest';
import { HopList } from '../../../components/HopList';
import { AnalystPictures } from '../../../components/pictures/AnalystPictures';
import { analyzeMessage } from '../../../lib/analyze';
import { type ZoneData, ZoneResolver } from '../../../lib/dns';
import { setLanguage } from '../../../lib/i18n';
import type { Analysis } from '../../../lib/types';
import { analystMessage } from '../../helpers/analyst-message';
import { mount } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

async function analysed(edit: (zone: ZoneData) => ZoneData = (z) => z, online = true): Promise<Analysis> {
  const m = await analystMessage();
  return analyzeMessage(m.raw, {
    ...(online ? { resolver: new ZoneResolver(edit(m.zone as ZoneData)) } : {}),
    trustedAuthservIds: [m.authservId],
  });
}

const texts = (root: ParentNode, sel: string) =>
  [...root.querySelectorAll(sel)].map((e) => e.textContent ?? '');

describe('AnalystPictures', () => {
  it('route timeline: a table with one row per hop, in the route list’s order, waits and marks as text', async () => {
    const a = await analysed();
    const root = await mount(
      <>
        <HopList hops={a.hops} originIndex={a.origin.hopIndex} />
        <AnalystPictures analysis={a} />
      </>,
    );
    const table = root.querySelector('[data-testid="route-timeline"] table')!;
    expect(table.getAttribute('aria-labelledby')).toBe('route-timeline-title');
    expect(texts(table, 'thead th')).toEqual(['Step', 'From → to', 'Received', 'Wait', 'Notes']);
    const rows = [...table.querySelectorAll('[data-testid="route-bar"]')];
    expect(rows).toHaveLength(a.hops.length);
    // Same order as the route list.
    const listed = texts(root, '[data-testid="hop"] .hop-from');
    expect(rows.map((r) => r.querySelector('.hop-cell .mono')!.textContent)).toEqual(listed);
    expect(rows.map((r) => r.getAttribute('data-marks'))).toEqual([
      'internal',
      'clock-skew',
      'origin greylisting',
      'internal',
    ]);
    expect(texts(root, '[data-testid="route-wait"]')).toEqual(['—', '−7 sec', '7 min', '1 sec']);
    expect(rows[2]!.textContent).toContain('origin (trust boundary)');
    expect(rows[2]!.textContent).toContain('greylisting deferral');
    expect(rows[1]!.textContent).toContain('clock skew');
    // Bars are decoration: hidden from screen readers, which read the wait text instead.
    expect(rows[2]!.querySelector('.wait-track')!.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('[data-testid="route-total"]')!.textContent).toContain('7 min');
    expect(root.querySelector('.legend')!.textContent).toContain('4xx');
  });

  it('SPF tree: the record, the include it followed, the matching term and the counters', async () => {
    const root = await mount(<AnalystPictures analysis={await analysed()} />);
    const spf = root.querySelector('[data-testid="spf-tree"]')!;
    expect(spf.querySelector('[data-testid="spf-tree-lookups"]')!.textContent).toBe(
      'DNS lookups: 2 of 10 allowed',
    );
    expect(spf.querySelector('[data-testid="spf-tree-voids"]')!.textContent).toBe(
      'void lookups: 0 of 2 allowed',
    );
    expect(texts(spf, '[data-testid="spf-node"] > .spf-node-head .spf-domain')).toEqual([
      'harbourfreight.example',
      '_spf.mailhost.example',
    ]);
    const matched = [...spf.querySelectorAll('[data-testid="spf-term"][data-outcome="match"]')].map(
      (e) => e.querySelector('code')!.textContent,
    );
    expect(matched).toEqual(['include:_spf.mailhost.example', 'ip4:192.0.2.0/25']);
    expect(spf.textContent).toContain('lookup 2/10');
    // The include's record is nested inside the include term (a list inside the list item).
    const include = spf.querySelector('[data-testid="spf-term"][data-outcome="match"]')!;
    expect(include.querySelector('[data-testid="spf-node"]')!.getAttribute('data-domain')).toBe(
      '_spf.mailhost.example',
    );
  });

  it('DMARC record and DKIM signature details', async () => {
    const root = await mount(<AnalystPictures analysis={await analysed()} />);
    const dmarc = root.querySelector('[data-testid="dmarc-record"]')!;
    const row = (tag: string) => dmarc.querySelector(`[data-tag="${tag}"] dd`)!.textContent;
    expect(row('p')).toContain('quarantine');
    expect(row('sp')).toContain('reject');
    expect(row('adkim')).toContain('strict');
    expect(row('aspf')).toContain('relaxed');
    expect(row('pct')).toBe('50%');
    expect(row('rua')).toContain('mailto:dmarc@reports.example');
    expect(row('ruf')).toContain('mailto:forensic@harbourfreight.example');
    expect(row('fo')).toBe('1');
    expect(dmarc.querySelector('[data-tag="np"]')).toBeNull();
    const sig = root.querySelector('[data-testid="dkim-signature"]')!;
    expect(sig.querySelector('h4')!.textContent).toContain('harbourfreight.example');
    expect(sig.querySelector('h4')!.textContent).toContain('selector hf2026');
    expect(sig.textContent).toContain('2,048 bits');
    expect(sig.querySelector('[data-testid="dkim-key-record"]')!.textContent).toMatch(/p=MIIBIjANBgkqhkiG…/);
    expect(sig.querySelector('[data-testid="dkim-body-length"]')!.textContent).toBe(
      'only the first 67 bytes',
    );
    expect(sig.querySelector('[data-testid="dkim-headers"]')!.textContent).toBe(
      'Content-Type : MIME-Version : Message-ID : Date : Subject : To : From',
    );
    expect(sig.querySelector('[data-tag="x"] time')!.getAttribute('datetime')).toBe(
      '2036-03-03T10:00:01.000Z',
    );
    expect(sig.querySelector('[data-testid="dkim-body-hash"]')!.getAttribute('data-state')).toBe('match');
  });

  it('offline: says the SPF tree and DMARC record were not checked, instead of showing nothing', async () => {
    const root = await mount(<AnalystPictures analysis={await analysed((z) => z, false)} />);
    expect(root.querySelector('[data-testid="spf-tree-absent"]')!.textContent).toMatch(/offline/);
    expect(root.querySelector('[data-testid="dmarc-record-absent"]')!.textContent).toMatch(/offline/);
  });

  it('hostile DNS text (<script>, <img onerror>) in SPF, DMARC and DKIM key records renders as text', async () => {
    const a = await analysed((z) => ({
      ...z,
      'harbourfreight.example': {
        ...z['harbourfreight.example'],
        TXT: ['v=spf1 exp=<script>alert(1)</script> include:_spf.mailhost.example ~all'],
      },
      '_dmarc.harbourfreight.example': {
        TXT: ['v=DMARC1; p=none; rua=mailto:<img src=x onerror=alert(2)>@x.example'],
      },
    }));
    const root = await mount(<AnalystPictures analysis={a} />);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('exp=<script>alert(1)</script>');
    expect(root.textContent).toContain('<img src=x onerror=alert(2)>');
  });

  it('500 includes: the tree stops at the lookup limit and the page stays small', async () => {
    const a = await analysed((z) => {
      const out: ZoneData = {
        ...z,
        'harbourfreight.example': {
          ...z['harbourfreight.example'],
          TXT: [
            `v=spf1 ${Array.from({ length: 500 }, (_, i) => `include:i${i}.loop.example`).join(' ')} -all`,
          ],
        },
      };
      for (let i = 0; i < 500; i++)
        out[`i${i}.loop.example`] = { TXT: [`v=spf1 include:i${i}.loop.example -all`] };
      return out;
    });
    const root = await mount(<AnalystPictures analysis={a} />);
    const spf = root.querySelector('[data-testid="spf-tree"]')!;
    expect(spf.querySelector('[data-testid="spf-tree-stop"]')!.textContent).toMatch(
      /more than 10 DNS lookups/,
    );
    expect(spf.querySelectorAll('[data-testid="spf-node"]').length).toBeLessThanOrEqual(11);
    expect(spf.querySelectorAll('[data-testid="spf-term"]').length).toBeLessThanOrEqual(60);
    expect(spf.querySelector('[data-testid="spf-hidden-terms"]')!.textContent).toMatch(
      /more terms not shown/,
    );
    expect(spf.textContent).toContain('loop');
    expect(root.innerHTML.length).toBeLessThan(60_000);
  });

  it('in German', async () => {
    setLanguage('de');
    const root = await mount(<AnalystPictures analysis={await analysed()} />);
    expect(texts(root, 'h3')).toEqual([
      'Zeitleiste der Route',
      'SPF-Auswertung',
      'DMARC-Eintrag',
      'DKIM-Signaturen',
    ]);
    expect(root.querySelector('[data-testid="spf-tree-lookups"]')!.textContent).toBe(
      'DNS-Abfragen: 2 von 10 erlaubten',
    );
  });
});
