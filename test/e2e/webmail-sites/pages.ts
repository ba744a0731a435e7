// Synthetic pages for the three hosted webmails, written for HeaderLens's e2e tests (no real mail).
// Each reproduces only what the adapters rely on (see lib/webmail/{gmail,outlook,yahoo}.ts), as
// public code reads those sites: Gmail's div.adn / tr.zA / GLOBALS, OWA's reading pane and
// conversation rows, Yahoo's message-list links and inline state.

export interface FixtureMessage {
  /** The site's id for the message (Gmail: legacy hex; Outlook: item id; Yahoo: mid). */
  id: string;
  subject: string;
  raw: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function doc(title: string, head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------- Gmail

export const GMAIL_IK = '1c74bed0af';

const gmailGlobals = `<script>var GLOBALS=[null,null,1700000000,"en","https://mail.google.com/mail/",null,null,[],"x","${GMAIL_IK}","robin@reader.example",[]];</script>`;

export function gmailInbox(messages: FixtureMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr class="zA zE" role="row"><td class="xY a4W"><span data-thread-id="#thread-f:${BigInt(`0x${m.id}`)}" data-legacy-thread-id="${m.id}" data-legacy-last-message-id="${m.id}">${esc(m.subject)}</span></td></tr>`,
    )
    .join('');
  return doc('Inbox - Gmail', gmailGlobals, `<div role="main"><table><tbody>${rows}</tbody></table></div>`);
}

export function gmailConversation(m: FixtureMessage, opts: { broken?: boolean } = {}): string {
  const decimal = BigInt(`0x${m.id}`).toString(10);
  const message = opts.broken
    ? '<div class="a3s">(message body in a layout HeaderLens does not know)</div>'
    : `<div class="adn ads" data-message-id="#msg-f:${decimal}" data-legacy-message-id="${m.id}"><div class="ii gt">${esc(m.subject)}</div></div>`;
  return doc(
    `${m.subject} - Gmail`,
    gmailGlobals,
    `<div role="main"><h2 class="hP" data-thread-perm-id="thread-f:${decimal}" data-legacy-thread-id="${m.id}">${esc(m.subject)}</h2>${message}</div>`,
  );
}

export function gmailShowOriginal(m: FixtureMessage): string {
  return doc(
    'Original Message',
    '',
    `<pre id="raw_message_text" class="raw_message_text">${esc(m.raw)}</pre>`,
  );
}

export const GOOGLE_LOGIN = doc(
  'Gmail',
  '',
  '<form action="https://accounts.google.com/ServiceLogin"><input name="identifier"></form>',
);

// ---------------------------------------------------------------- Outlook

export function outlookPage(messages: FixtureMessage[], opts: { selected?: string } = {}): string {
  const rows = messages
    .map(
      (m, i) =>
        `<div role="option" aria-selected="${opts.selected === m.id}" data-convid="AAQkConv${i}AAAAAAAAAAAAAAAA">${esc(m.subject)}</div>`,
    )
    .join('');
  const open = messages.find((m) => m.id === opts.selected);
  return doc(
    'Mail - Outlook',
    '',
    `<div data-app-section="MessageList"><div role="listbox">${rows}</div></div>` +
      `<div data-app-section="MailReadCompose">${open ? `<div role="main">${esc(open.subject)}</div>` : ''}</div>`,
  );
}

// ---------------------------------------------------------------- Yahoo

export const YAHOO_STATE = {
  wssid: 'N54i/xPQPc9',
  appId: 'YMailNovation',
  mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu',
};

export function yahooPage(messages: FixtureMessage[], open?: FixtureMessage): string {
  const state = `<script>window.__state={"mail":{"config":{"wssid":"${YAHOO_STATE.wssid}","appId":"${YAHOO_STATE.appId}"},"links":{"self":"https:\\/\\/apis.mail.yahoo.com\\/ws\\/v3\\/mailboxes\\/@.id==${YAHOO_STATE.mailboxId}\\/folders"}}};</script>`;
  const rows = messages
    .map(
      (m) =>
        `<li><a data-test-id="message-list-item" href="/d/folders/1/messages/${m.id}"><span data-test-id="message-subject">${esc(m.subject)}</span></a></li>`,
    )
    .join('');
  const view = open ? `<div data-test-id="message-view"><h1>${esc(open.subject)}</h1></div>` : '';
  return doc(
    'Yahoo Mail',
    state,
    `<div data-test-id="virtual-list"><ul role="list">${rows}</ul></div>${view}`,
  );
}
