// The adapters' read errors and layout notes reach the popup's state panel as text made in the
// isolated world (content scripts) or the worker (Yahoo), where browser.i18n answers: in English
// exactly as before, and in the reader's language. The MAIN-world script (gmail-main.content) only
// reads `ik` and never produces text.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n/index';
import { fetchGmailRaw } from '../../../lib/webmail/gmail';
import { fetchOutlookRaw } from '../../../lib/webmail/outlook';
import { createRoundcubeAdapter } from '../../../lib/webmail/roundcube';
import type { FetchEnv, MessageRef, RawFetchResult } from '../../../lib/webmail/types';
import { fetchYahooRaw, findYahooOpenMessage } from '../../../lib/webmail/yahoo';

const answer = (status: number): FetchEnv => ({
  fetch: async () => new Response('', { status }),
  pageValues: { canary: 'VOXQP6xtGkiNnv7E4rFt8Trm.', ik: '1c74bed0af' },
});
const gmailRef: MessageRef = { messageId: '18b7621058f883e7', params: { legacyId: '18b7621058f883e7' } };
const outlookRef: MessageRef = { messageId: 'AAMk', params: { itemId: 'AAMk' } };
const yahooRef: MessageRef = { messageId: 'AJcZ3tYkB2x9', params: { mid: 'AJcZ3tYkB2x9' } };
const roundcube = createRoundcubeAdapter({ origin: 'https://mail.example.org' });

const error = (r: RawFetchResult) => (r.ok ? '' : r.error);

async function all() {
  return {
    gmail: error(await fetchGmailRaw(gmailRef, answer(404), 'https://mail.google.com')),
    outlook: error(await fetchOutlookRaw(outlookRef, answer(401), 'https://outlook.office.com')),
    yahoo: error(await fetchYahooRaw(yahooRef, { fetch: answer(200).fetch, pageValues: {} })),
    roundcube: error(await roundcube.fetchRaw({ messageId: 'x', params: {} }, answer(200))),
    layout: findYahooOpenMessage({ querySelector: () => null } as unknown as ParentNode, {
      href: 'https://mail.yahoo.com/d/folders/1/messages/!',
      origin: 'https://mail.yahoo.com',
      pathname: '/d/folders/1/messages/!',
      search: '',
      hash: '',
    }),
  };
}

afterEach(() => setLanguage(null));

describe('webmail read errors', () => {
  it('read in English as they always have', async () => {
    expect(await all()).toEqual({
      gmail: 'Gmail no longer has this message.',
      outlook:
        'Outlook did not let HeaderLens read the message (HTTP 401: signed out, or this account needs a token HeaderLens does not use). ' +
        'In Outlook, open the message, choose "View" → "View message source", copy it and paste it into the HeaderLens inspector.',
      yahoo:
        "HeaderLens could not find Yahoo Mail's session values in the page. Reload Yahoo Mail (sign in again if asked) and reopen the message.",
      roundcube: 'HeaderLens lost track of which Roundcube message this is.',
      layout: {
        kind: 'layout-changed',
        detail: 'Yahoo Mail shows a message, but its id is not where HeaderLens looks (the address bar).',
      },
    });
  });

  it('read in German when the browser is German', async () => {
    setLanguage('de');
    const de = await all();
    expect(de.gmail).toBe('Gmail hat diese Nachricht nicht mehr.');
    expect(de.outlook).toMatch(
      /^Outlook hat HeaderLens die Nachricht nicht lesen lassen \(HTTP 401: .*„Ansicht“/,
    );
    expect(de.yahoo).toContain('Laden Sie Yahoo Mail neu');
    expect(de.roundcube).toBe('HeaderLens weiß nicht mehr, welche Roundcube-Nachricht das ist.');
    expect(de.layout).toMatchObject({ detail: expect.stringContaining('Adressleiste') });
  });
});
