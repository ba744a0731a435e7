// @vitest-environment happy-dom
// The pages against the real worker wiring (fake browser, stand-in engine): what a user sees after
// opening the popup, pasting into the inspector, or changing an option.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InspectorApp } from '../../../components/InspectorApp';
import { OptionsApp } from '../../../components/OptionsApp';
import { loadTabState, PopupApp } from '../../../components/PopupApp';
import {
  approvedServersItem,
  dnsModeItem,
  extraAuthservIdsItem,
  natAddressesItem,
  organisationDomainsItem,
  roundcubeAuthservIdsItem,
  roundcubeSitesItem,
} from '../../../lib/ext/settings';
import { createWorker, startWorker } from '../../../lib/ext/worker';
import { writeTab } from '../../../lib/ext/worker-tabs';
import { resetFakeBrowser, sendAsExtensionPage } from '../ext/browser-stubs';
import { fakeEngine } from '../ext/fake-engine';
import { mount, typeInto, until } from './render';

vi.mock('../../../lib/analyze', () => ({ analyzeMessage: vi.fn() }));

let stop: () => void = () => {};
beforeEach(async () => {
  resetFakeBrowser();
  sendAsExtensionPage();
  await dnsModeItem.setValue('offline');
  stop = startWorker(fakeEngine());
});
afterEach(() => {
  stop();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const tab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/x' };
const source = (messageId: string) => ({
  site: 'gmail' as const,
  messageId,
  byteExact: true,
  trustedAuthservIds: ['mx.google.com'],
});

describe('popup', () => {
  it('shows the tab’s verdict, and approving the hosted server changes it', async () => {
    await createWorker(fakeEngine()).messageOpened(
      { source: source('m1'), raw: 'X-Test-Verdict: suspicious\r\n\r\n', error: null },
      tab,
    );
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    const verdict = () => root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict');
    await until(() => expect(verdict()).toBe('suspicious'));
    expect(root.querySelector('[data-testid="reason"]')?.textContent).toContain('Sent from a rented server');
    expect(root.querySelector('[data-testid="full-report"]')?.getAttribute('href')).toBe(
      '/inspector.html?tabId=7',
    );

    root.querySelector<HTMLButtonElement>('[data-testid="approval"]')!.click();
    await until(() => expect(root.querySelector('[data-testid="approval-yes"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-testid="approval-yes"]')!.click();
    await until(() => expect(verdict()).toBe('authenticated'));
    expect(await approvedServersItem.getValue()).toEqual(['192.0.2.10']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(root.querySelector('[data-testid="approval"]')?.textContent).toBe('Remove approval');
  });

  it('on a Roundcube site, offers to trust the receiving server’s results there, and to stop', async () => {
    const site = 'https://mail.example.org';
    await roundcubeSitesItem.setValue([site]);
    await createWorker(fakeEngine()).messageOpened(
      {
        source: { site: 'roundcube', messageId: `${site}|INBOX|1`, byteExact: false, trustedAuthservIds: [] },
        raw: 'X-Test-Verdict: authenticated\r\n\r\n',
        error: null,
      },
      { id: 7, url: `${site}/?_task=mail`, frameUrl: `${site}/?_task=mail&_action=preview&_uid=1` },
    );
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    const notice = () => root.querySelector('[data-testid="site-trust"]');
    await until(() => expect(notice()?.getAttribute('data-trusted')).toBe('false'));
    expect(notice()?.textContent).toContain('Authentication-Results from mx.example.org');
    const add = root.querySelector<HTMLButtonElement>('[data-testid="site-trust-add"]')!;
    expect(add.textContent).toBe('Trust mx.example.org on mail.example.org');
    add.click();
    await until(() => expect(notice()?.getAttribute('data-trusted')).toBe('true'));
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({ [site]: ['mx.example.org'] });
    expect(notice()?.textContent).toContain(
      'On mail.example.org, HeaderLens trusts the Authentication-Results written by mx.example.org',
    );
    root.querySelector<HTMLButtonElement>('[data-testid="site-untrust"]')!.click();
    await until(() => expect(notice()?.getAttribute('data-trusted')).toBe('false'));
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({});
  });

  it('shows no site-trust notice outside Roundcube', async () => {
    await createWorker(fakeEngine()).messageOpened(
      { source: source('m1'), raw: 'X-Test-Verdict: authenticated\r\n\r\n', error: null },
      tab,
    );
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    await until(() => expect(root.querySelector('[data-testid="verdict"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="site-trust"]')).toBeNull();
  });

  it('follows a tab that is still loading until its verdict arrives', async () => {
    await writeTab(7, { state: { kind: 'loading', site: 'gmail', messageId: 'm3' }, url: tab.url });
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    await until(() =>
      expect(root.querySelector('[data-testid="state"]')?.getAttribute('data-state')).toBe('loading'),
    );
    await createWorker(fakeEngine()).messageOpened(
      { source: source('m3'), raw: 'X-Test-Verdict: spoofed\r\n\r\n', error: null },
      tab,
    );
    await until(() =>
      expect(root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict')).toBe('spoofed'),
    );
  });

  it('paints the verdict on its first render when the state was read before mounting', async () => {
    await createWorker(fakeEngine()).messageOpened(
      { source: source('m4'), raw: 'X-Test-Verdict: authenticated\r\n\r\n', error: null },
      tab,
    );
    history.replaceState(null, '', '/popup.html?tabId=7');
    const initial = await loadTabState();
    const root = await mount(<PopupApp initial={initial} />);
    expect(root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict')).toBe('authenticated');
    expect(root.querySelector('[data-state="starting"]')).toBeNull();
  });

  it('shows the idle status for a tab nobody reported on', async () => {
    history.replaceState(null, '', '/popup.html?tabId=99');
    const root = await mount(<PopupApp />);
    await until(() =>
      expect(root.querySelector('[data-testid="popup-status"]')?.textContent).toBe(
        'Open an email to check its sender',
      ),
    );
    await until(() =>
      expect(root.querySelector('[data-testid="engine-version"]')?.textContent).toBe('HeaderLens 0.1.0'),
    );
  });

  it('shows a read error with the way to paste the message instead', async () => {
    await createWorker(fakeEngine()).messageOpened(
      { source: source('m2'), raw: null, error: 'You are signed out of Gmail.' },
      tab,
    );
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    await until(() =>
      expect(root.querySelector('[data-testid="error-reason"]')?.textContent).toBe(
        'You are signed out of Gmail.',
      ),
    );
    expect(root.querySelector('[data-testid="inspector-link"]')?.textContent).toBe('Paste it instead');
  });
});

describe('inspector', () => {
  it('analyses pasted text and shows the same view', async () => {
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    const area = root.querySelector<HTMLTextAreaElement>('[data-testid="raw-input"]')!;
    await typeInto(area, 'X-Test-Verdict: spoofed\r\nFrom: a@example.com\r\n\r\n');
    root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!.click();
    await until(() =>
      expect(root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict')).toBe('spoofed'),
    );
  });

  it('offers to trust the pasted message’s provider, and re-checks with it trusted', async () => {
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    await typeInto(
      root.querySelector<HTMLTextAreaElement>('[data-testid="raw-input"]')!,
      'X-Test-Verdict: authenticated\r\n\r\n',
    );
    root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!.click();
    await until(() =>
      expect(root.querySelector('[data-testid="trust-provider"]')?.textContent).toBe('Trust mx.example.org'),
    );
    expect(
      root.querySelector('[data-testid="auth-dmarc"] [data-testid="provider-result"]')?.textContent,
    ).toBe('— not recorded');
    root.querySelector<HTMLButtonElement>('[data-testid="trust-provider"]')!.click();
    await until(() =>
      expect(
        root.querySelector('[data-testid="auth-dmarc"] [data-testid="provider-result"]')?.textContent,
      ).toBe('pass'),
    );
    expect(root.querySelector('[data-testid="provider-trust"]')?.textContent).toContain(
      'Trusting the Authentication-Results added by mx.example.org',
    );
  });

  it('says which webmail it read the message as, and re-reads it with the one the user picks', async () => {
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    await typeInto(
      root.querySelector<HTMLTextAreaElement>('[data-testid="raw-input"]')!,
      'X-Test-Detected: outlook\r\nX-Test-Verdict: unverified\r\n\r\n',
    );
    root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!.click();
    const line = () => root.querySelector('[data-testid="webmail-profile-line"]')?.textContent;
    await until(() => expect(line()).toBe('Read as delivered by Outlook (detected)'));
    const select = root.querySelector<HTMLSelectElement>('[data-testid="webmail-profile-select"]')!;
    select.value = 'gmail';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(line()).toBe('Read as delivered by Gmail (your choice)'));
    select.value = 'none';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(line()).toBe('Read with the general rules (no webmail profile)'));
  });

  it('a copy pasted from a re-encoding view is read as not byte-exact when the user says so', async () => {
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    await typeInto(
      root.querySelector<HTMLTextAreaElement>('[data-testid="raw-input"]')!,
      'X-Test-Verdict: unverified\r\n\r\n',
    );
    const box = root.querySelector<HTMLInputElement>('[data-testid="not-byte-exact-input"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!.click();
    // The banner the engine's notByteExact brings (the stand-in engine echoes the option).
    await until(() => expect(root.querySelector('[data-testid="not-byte-exact"]')).not.toBeNull());
  });

  it('asks for input instead of analysing nothing', async () => {
    history.replaceState(null, '', '/inspector.html');
    const root = await mount(<InspectorApp />);
    root.querySelector<HTMLButtonElement>('[data-testid="analyze"]')!.click();
    await until(() =>
      expect(root.querySelector('[data-testid="inspector-error"]')?.textContent).toBe(
        'Paste the message source or its headers first.',
      ),
    );
  });
});

describe('options', () => {
  it('stores the DNS mode, lists approved servers and removes one', async () => {
    await dnsModeItem.setValue('cloudflare');
    await approvedServersItem.setValue(['203.0.113.5', '198.51.100.7']);
    const root = await mount(<OptionsApp />);
    await until(() => expect(root.querySelector('[data-testid="dns-google"]')).not.toBeNull());
    root.querySelector<HTMLInputElement>('[data-testid="dns-offline"]')!.click();
    await until(async () => expect(await dnsModeItem.getValue()).toBe('offline'));
    await until(() => expect(root.querySelectorAll('[data-testid="approved-value"]').length).toBe(2));
    root.querySelector<HTMLButtonElement>('[aria-label="Remove 203.0.113.5"]')!.click();
    await until(() => expect(root.querySelectorAll('[data-testid="approved-value"]').length).toBe(1));
    expect(await approvedServersItem.getValue()).toEqual(['198.51.100.7']);
    expect(root.querySelector('[data-testid="ip-attribution"]')?.textContent).toMatch(/ip-location-db\/asn/);
    // The hosting networks' MIT notice (scripts/hosting-asns.ts) is shown next to it.
    expect(root.querySelector('[data-testid="ip-attribution"]')?.textContent).toMatch(
      /X4BNet\/lists_vpn.*MIT License/,
    );
  });

  it('adds a Roundcube site only when the browser grants its origin', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      // The typings say void (MV2 callback style); the MV3 promise resolves to 'granted'.
      .mockImplementation((async () => true) as unknown as typeof fakeBrowser.permissions.request);
    const root = await mount(<OptionsApp />);
    await until(() => expect(root.querySelector('[data-testid="roundcube-input"]')).not.toBeNull());
    const input = root.querySelector<HTMLInputElement>('[data-testid="roundcube-input"]')!;
    await typeInto(input, 'mail.example.org/roundcube/');
    root.querySelector<HTMLButtonElement>('[data-testid="roundcube-add"]')!.click();
    await until(async () =>
      expect(await roundcubeSitesItem.getValue()).toEqual(['https://mail.example.org']),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['https://mail.example.org/*'] });
  });

  it('shows a stored site that is no address as text instead of failing to render', async () => {
    await roundcubeSitesItem.setValue(['not an origin']);
    const root = await mount(<OptionsApp />);
    await until(() =>
      expect(root.querySelector('[data-testid="site-authserv-block"]')?.textContent).toContain(
        'Trusted on not an origin',
      ),
    );
    expect(root.querySelector('[data-testid="about-version"]')).not.toBeNull();
  });

  it("keeps the organisation's domains, taking an address's domain and refusing a bare word", async () => {
    const root = await mount(<OptionsApp />);
    const box = () => root.querySelector<HTMLElement>('[data-testid="organisation-domains"]')!;
    await until(() => expect(box()).not.toBeNull());
    const input = box().querySelector<HTMLInputElement>('[data-testid="organisation-domains-input"]')!;
    const add = () =>
      box().querySelector<HTMLButtonElement>('[data-testid="organisation-domains-add"]')!.click();
    await typeInto(input, 'tidewater');
    add();
    await until(() =>
      expect(box().querySelector('[data-testid="organisation-domains-note"]')?.textContent).toBe(
        'Enter a domain such as example.com, or your own address.',
      ),
    );
    expect(await organisationDomainsItem.getValue()).toEqual([]);
    await typeInto(input, 'Robin.Reader@Tidewater.Example');
    add();
    await until(async () => expect(await organisationDomainsItem.getValue()).toEqual(['tidewater.example']));
  });

  it('keeps a list of NAT addresses, refusing what is no address or range', async () => {
    const root = await mount(<OptionsApp />);
    const box = () => root.querySelector<HTMLElement>('[data-testid="nat-addresses"]')!;
    await until(() => expect(box()).not.toBeNull());
    const input = box().querySelector<HTMLInputElement>('[data-testid="nat-addresses-input"]')!;
    const add = () => box().querySelector<HTMLButtonElement>('[data-testid="nat-addresses-add"]')!.click();
    await typeInto(input, 'docker-proxy');
    add();
    await until(() =>
      expect(box().querySelector('[data-testid="nat-addresses-note"]')?.textContent).toBe(
        'Enter an IP address or a range such as 172.17.0.0/16.',
      ),
    );
    expect(await natAddressesItem.getValue()).toEqual([]);
    await typeInto(input, '172.17.0.0/16');
    add();
    await until(async () => expect(await natAddressesItem.getValue()).toEqual(['172.17.0.0/16']));
    await until(() =>
      expect(box().querySelector('[data-testid="nat-addresses-value"]')?.textContent).toBe('172.17.0.0/16'),
    );
  });

  it('offers to move a site’s server name from the everywhere list to that site only', async () => {
    await roundcubeSitesItem.setValue(['https://mail.example.org', 'https://webmail.other.example']);
    await extraAuthservIdsItem.setValue(['gw.corp.example', 'mx.example.org']);
    const root = await mount(<OptionsApp />);
    const notices = () => [...root.querySelectorAll<HTMLElement>('[data-testid="global-id-notice"]')];
    await until(() => expect(notices().map((n) => n.dataset.id)).toEqual(['mx.example.org']));
    const notice = notices()[0]!;
    expect(notice.closest('[data-origin]')?.getAttribute('data-origin')).toBe('https://mail.example.org');
    expect(notice.textContent).toContain('trusted on every webmail');
    notice.querySelector<HTMLButtonElement>('[data-testid="global-id-move"]')!.click();
    await until(async () => expect(await extraAuthservIdsItem.getValue()).toEqual(['gw.corp.example']));
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({
      'https://mail.example.org': ['mx.example.org'],
    });
    await until(() => expect(notices()).toEqual([]));
  });

  it('keeps each Roundcube site’s own authserv-ids, and drops them with the site', async () => {
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(
      (async () => true) as unknown as typeof fakeBrowser.permissions.remove,
    );
    await roundcubeSitesItem.setValue(['https://mail.example.org', 'https://webmail.other.example']);
    await roundcubeAuthservIdsItem.setValue({ 'https://webmail.other.example': ['mx.other.example'] });
    const root = await mount(<OptionsApp />);
    const block = (origin: string) =>
      root.querySelector<HTMLElement>(`[data-testid="site-authserv-block"][data-origin="${origin}"]`);
    await until(() => expect(block('https://mail.example.org')).not.toBeNull());
    await until(() =>
      expect(block('https://webmail.other.example')?.textContent).toContain('mx.other.example'),
    );

    const mine = block('https://mail.example.org')!;
    const input = mine.querySelector<HTMLInputElement>('[data-testid="site-authserv-input"]')!;
    await typeInto(input, 'not a host; dmarc=pass');
    mine.querySelector<HTMLButtonElement>('[data-testid="site-authserv-add"]')!.click();
    await until(() => expect(mine.textContent).toContain('looks like a host name'));
    await typeInto(input, 'MX.Example.org');
    mine.querySelector<HTMLButtonElement>('[data-testid="site-authserv-add"]')!.click();
    await until(async () =>
      expect(await roundcubeAuthservIdsItem.getValue()).toEqual({
        'https://webmail.other.example': ['mx.other.example'],
        'https://mail.example.org': ['mx.example.org'],
      }),
    );
    expect(mine.querySelector('[data-testid="site-authserv-value"]')?.textContent).toBe('mx.example.org');

    root.querySelector<HTMLButtonElement>('[aria-label="Remove https://webmail.other.example"]')!.click();
    await until(async () =>
      expect(await roundcubeAuthservIdsItem.getValue()).toEqual({
        'https://mail.example.org': ['mx.example.org'],
      }),
    );
    await until(() => expect(block('https://webmail.other.example')).toBeNull());
    block('https://mail.example.org')!
      .querySelector<HTMLButtonElement>('[aria-label="Remove mx.example.org"]')!
      .click();
    await until(async () => expect(await roundcubeAuthservIdsItem.getValue()).toEqual({}));
  });
});
