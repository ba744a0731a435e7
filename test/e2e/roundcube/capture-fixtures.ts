// Saves the DOM fixtures of test/fixtures/webmail/roundcube/ from the REAL local Roundcube that
// setup.sh starts (no extension involved), scrubbed of tokens, ids and the local port.
//   sudo test/e2e/roundcube/setup.sh && npx tsx test/e2e/roundcube/capture-fixtures.ts
// It seeds three plain test messages (fake senders) into the test user's INBOX first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const envFile = join(process.env.HL_RC_DIR ?? '/tmp/headerlens-roundcube', 'env');
const lines: Record<string, string> = Object.fromEntries(
  readFileSync(envFile, 'utf8')
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
function need(key: string): string {
  const v = lines[key];
  if (!v) throw new Error(`${envFile} has no ${key}: run setup.sh first`);
  return v;
}
const env = {
  RC_URL: need('RC_URL'),
  RC_USER: need('RC_USER'),
  RC_PASS: need('RC_PASS'),
  DOVECOT_CONF: need('DOVECOT_CONF'),
};
const OUT = 'test/fixtures/webmail/roundcube';
const FAKE_ORIGIN = 'https://mail.example.test';

function seed(n: number): void {
  const msg = [
    `From: Sender ${n} <sender${n}@example.net>`,
    'To: alice@example.test',
    `Subject: Fixture message ${n} <b>&amp;</b>`,
    `Date: Mon, 23 Nov 2026 09:0${n}:00 +0000`,
    `Message-ID: <fixture-${n}@example.net>`,
    '',
    `Body ${n}`,
    '',
  ].join('\r\n');
  execFileSync('doveadm', ['-c', env.DOVECOT_CONF, 'save', '-u', env.RC_USER, '-m', 'INBOX'], { input: msg });
}

function scrub(html: string, how: string): string {
  const out = html
    .replaceAll(env.RC_URL, FAKE_ORIGIN)
    .replaceAll('@127.0.0.1', '@mail.example.test')
    .replace(/("request_token":")[^"]+"/g, '$1FixtureToken0123456789abcdefABCD"')
    .replace(/(name="_token" value=")[^"]+"/g, '$1FixtureToken0123456789abcdefABCD"')
    .replace(/("user_id":")[^"]+"/g, '$1FixtureUser"')
    .replace(/_token=[A-Za-z0-9]+/g, '_token=FixtureToken0123456789abcdefABCD');
  return `<!-- ${how}. Saved by test/e2e/roundcube/capture-fixtures.ts from Roundcube 1.6.5 (Debian, elastic skin) started by setup.sh; tokens, user id and origin scrubbed. -->\n${out}`;
}

for (const n of [1, 2, 3]) seed(n);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${env.RC_URL}/`);
writeFileSync(
  join(OUT, 'login.html'),
  scrub(await page.content(), 'The login page (also what viewsource answers when logged out)'),
);
await page.fill('#rcmloginuser', env.RC_USER);
await page.fill('#rcmloginpwd', env.RC_PASS);
await Promise.all([page.waitForURL(/_task=mail/), page.click('#rcmloginsubmit')]);
await page.waitForSelector('#messagelist tbody tr.message');
writeFileSync(join(OUT, 'inbox.html'), scrub(await page.content(), 'The inbox after app.js filled the list'));
await page.click('#messagelist tbody tr.message >> nth=0');
await page.waitForFunction(() =>
  (
    document.querySelector('#messagecontframe') as HTMLIFrameElement | null
  )?.contentWindow?.location.href.includes('_action=preview'),
);
const frame = page.frame({ name: 'messagecontframe' })!;
await frame.waitForLoadState();
writeFileSync(join(OUT, 'preview-url.txt'), `${frame.url().replaceAll(env.RC_URL, FAKE_ORIGIN)}\n`);
writeFileSync(
  join(OUT, 'preview.html'),
  scrub(await frame.content(), 'The preview frame (#messagecontframe)'),
);
const uid = new URL(frame.url()).searchParams.get('_uid');
await page.goto(`${env.RC_URL}/?_task=mail&_mbox=INBOX&_uid=${uid}&_action=show`);
writeFileSync(join(OUT, 'show.html'), scrub(await page.content(), 'The full message view (_action=show)'));
await browser.close();
console.log(`fixtures written to ${OUT}`);
