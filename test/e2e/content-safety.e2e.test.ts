// Content safety of the BUILT extension (runs after the build, with the browser tests): the
// manifests ask for exactly the permissions and hosts we list, the CSP stays the default, and no
// extension page or script uses inline script, eval, remote code or HTML injection.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'].filter((d) =>
  existsSync(join(d, 'manifest.json')),
);

// Every permission and host, with the code that needs it. A new one must be added here on purpose.
const PERMISSIONS = ['scripting', 'storage']; // settings/caches; registering the Roundcube script for granted sites
const HOSTS = [
  'https://cloudflare-dns.com/*', // DoH preset
  'https://dns.google/*', // DoH preset
  'https://mail-attachment.googleusercontent.com/*', // Gmail's "download original" redirect target
  'https://apis.mail.yahoo.com/*', // Yahoo's raw-message API (fetched by the worker)
];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*']; // asked at runtime: a custom DoH URL, a Roundcube site
const CONTENT_SCRIPT_HOSTS = [
  'https://mail.google.com/*',
  'https://mail.yahoo.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
// The webmails are host permissions too (no new install warning: the content scripts already
// name them): after an install or update the worker starts the content scripts in open tabs.
HOSTS.push(...CONTENT_SCRIPT_HOSTS);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.each(BUILDS)('%s', (dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('asks for exactly the listed permissions and hosts, never <all_urls>', () => {
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS);
    expect([...manifest.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(OPTIONAL_HOSTS);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    const matches = new Set<string>(
      manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches),
    );
    expect([...matches].sort()).toEqual(CONTENT_SCRIPT_HOSTS);
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('has no inline script, inline event handler or remote script in its pages', () => {
    const pages = files(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3); // popup, options, inspector
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, page).toMatch(/\bsrc="\.?\.?\//); // a file of the extension
      }
      expect(html, page).not.toMatch(/<script\b[^>]*>(?!\s*<\/script>)/); // no inline code
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i); // no onclick= and the like
      expect(html, page).not.toMatch(/\b(src|href)="(https?:)?\/\//); // nothing loaded from the web
    }
  });

  // public/popup.html is copied as it is and names files WXT builds (popup-main.js and its CSS):
  // a renamed output would leave the popup blank, with no build error.
  it('has every file its pages and its popup name', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    const pages = files(dir).filter((f) => f.endsWith('.html'));
    expect(pages).toContain(join(dir, 'popup.html'));
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const named = [...html.matchAll(/\b(?:src|href)="\/([^"?#]+)"/g)].map((m) => m[1]!);
      if (page.endsWith('popup.html'))
        expect(named.sort()).toEqual(['assets/popup-main.css', 'popup-main.js']);
      for (const file of named) expect(existsSync(join(dir, file)), `${page} → ${file}`).toBe(true);
    }
  });

  it('has no eval, new Function or remote code in its scripts', () => {
    for (const f of files(dir).filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      expect(js, f).not.toMatch(/\beval\(|new Function\(/);
      expect(js, f).not.toMatch(/\bimport\(\s*["'`]https?:/);
      // importScripts() only in the worker's scripts, and only for its packaged parts
      // (lib/ext/worker-scripts.ts): every script path their code names (/worker-core.js,
      // /engine.js, the registered content scripts) is in the package.
      if (!/\bimportScripts\(/.test(js)) continue;
      expect(/(background|worker-core)\.js$/.test(f), `${f} calls importScripts`).toBe(true);
      const scripts = [...js.matchAll(/["'`](\/?[\w./-]+\.js)["'`]/g)].map((m) => m[1] ?? '');
      expect(scripts, f).toContain('/engine.js');
      for (const s of scripts) expect(existsSync(join(dir, s.replace(/^\//, ''))), s).toBe(true);
      expect(js, f).not.toMatch(/importScripts\([^)]*https?:/);
    }
  });

  // The worker's scripts are streamed to it at every wake: /engine.js takes the libraries it shares
  // with /worker-core.js from there (lib/ext/worker-shared.ts) instead of carrying a copy.
  it('bundles the public suffix list once, in /worker-core.js', () => {
    const psl = (file: string) => readFileSync(join(dir, file), 'utf8').includes('blogspot');
    expect(psl('worker-core.js')).toBe(true);
    expect(psl('engine.js')).toBe(false);
    expect(psl('background.js')).toBe(false);
  });
});

describe('source', () => {
  it('never writes message data as HTML (no innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const src = ['components', 'entrypoints', 'lib'].flatMap(files).filter((f) => /\.(ts|tsx)$/.test(f));
    for (const f of src) {
      const code = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n');
      expect(code, f).not.toMatch(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/,
      );
    }
  });

  it('found at least the Chrome build', () => {
    expect(BUILDS).toContain('.output/chrome-mv3');
  });
});
