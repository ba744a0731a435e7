// Platforms that write a name their user chose: the display-name rules read that name as the user's,
// not the platform's (lib/findings/display-name.ts, lib/findings/reader-org.ts).

/**
 * Platforms that send for their customers from their own domain under a name the customer chose:
 * a Stripe receipt named "Fly.io", a PayPal invoice "shop.example via PayPal", an Eventbrite order,
 * a Calendly booking, a help desk on Freshdesk or Zendesk, a Shopify store, a Squarespace form
 * (real-mail rounds 71 and 74).
 */
export const CUSTOMERS_PLATFORMS = new Set([
  // Discourse's hosted forums: "<poster> via <site title>" <site@discoursemail.com> (real-mail round 185)
  'discoursemail.com',
  'stripe.com',
  'paypal.com',
  'eventbrite.com',
  'calendly.com',
  'docusign.net',
  'freshdesk.com',
  'freshservice.com',
  'zendesk.com',
  'intercom-mail.com',
  'shopifyemail.com',
  'squarespace.info',
  'paddle.com',
  'chargebee.com',
  'helpscout.net',
  // groups.io writes a member's own name "via groups.io" (real-mail round 75).
  'groups.io',
  // Newsletter hosts and workspace tools, each writing the name its user chose (a publication, a
  // workspace, a team) from its own address (real-mail round 77): `"kottke.org" <kottke@substack.com>`.
  'substack.com',
  'buttondown.email',
  'beehiiv.com',
  'ghost.io',
  'patreon.com',
  'notion.so',
  'figma.com',
  'atlassian.net',
  'slack.com',
  'meetup.com',
  // Invoicing platforms writing the customer's company name whole, Box's "(via Box)" shares
  // (red-team round 103) and AppSheet's apps (red-team round 108).
  'intuit.com',
  'xero.com',
  'box.com',
  'appsheet.com',
  // PandaDoc writes its sender's name "via PandaDoc" from its own address (red-team round 113,
  // real-mail round 111).
  'pandadoc.net',
  // Forms, surveys, bookings and invoices written under the name the account chose (red-team
  // round 116): SurveyMonkey "<name> via SurveyMonkey" <member@surveymonkeyuser.com>, the others
  // the name whole (WHOLE_NAME_PLATFORMS).
  'surveymonkeyuser.com',
  'jotform.com',
  'typeform.com',
  'squareup.com',
  // Smartsheet's automated notices, Zoho Invoice's and Wave's invoices under the account's chosen
  // name (red-team round 118).
  'smartsheet.com',
  'zohoinvoice.com',
  'waveapps.com',
]);

/**
 * Platforms that write their user's verified sender address before "via" and as Reply-To:
 * `"people@tidewater.example via SurveyMonkey" <member@surveymonkeyuser.com>`, the address one the
 * account holder confirmed by a link (help.surveymonkey.com, "Sender Email Address and
 * Verification": real-mail round 115). The platform's name as it writes it after "via".
 */
export const VERIFIED_ADDRESS_VIA: Readonly<Record<string, string>> = {
  'surveymonkeyuser.com': 'SurveyMonkey',
};

/**
 * "Ann (via Google Docs)", "Shop via PayPal": a platform writing the name its user chose before its
 * own name. Only the platform writes the part after "via"; the part before is anyone's.
 */
export const PLATFORM_VIA = /^(.*\S)\s+(?:\(via\s+([^()]+)\)|via\s+([^()]+))$/i;

/** Newsletter hosts write the writer's chosen name whole, with no "via" (probe81: Substack). */
export const NEWSLETTER_HOSTS: ReadonlySet<string> = new Set([
  'substack.com',
  'buttondown.email',
  'beehiiv.com',
  'ghost.io',
  'patreon.com',
]);

/**
 * Platforms that write their customer's chosen name whole, with no "via": invoicing platforms
 * (QuickBooks Online's `"Tidewater IT Helpdesk" <quickbooks@notification.intuit.com>`, Xero's
 * `messaging-service@post.xero.com`: probe103) and app builders (Google AppSheet's
 * `noreply@appsheet.com`, whose app names are the phishing campaigns' "Meta Support": probe108).
 * Read as the outsider's name, as a newsletter host's.
 */
export const WHOLE_NAME_PLATFORMS: ReadonlySet<string> = new Set([
  'intuit.com',
  'xero.com',
  'appsheet.com',
  // Jotform's and Typeform's notifications, Square's invoices and Calendly's bookings (red-team
  // round 116).
  'jotform.com',
  'typeform.com',
  'squareup.com',
  'calendly.com',
  // Smartsheet, Zoho Invoice and Wave (red-team round 118).
  'smartsheet.com',
  'zohoinvoice.com',
  'waveapps.com',
  // Newsletter services' rewrites of a free-mail From to their own domain, the user's chosen name
  // kept (red-team round 121): Constant Contact's `<local>-gmail.com@shared1.ccsend.com` (its help
  // articles 000051400, 000053013), Brevo's `@brevosend.com`, Mailchimp's `send.mailchimpapp.net`.
  'ccsend.com',
  'brevosend.com',
  'mailchimpapp.net',
]);

/**
 * File-transfer services that make the uploader confirm his own address (a code sent to it)
 * before the transfer goes out, and write it as Reply-To and in the Subject: WeTransfer
 * (help.wetransfer.com; real-mail round 101).
 */
export const TRANSFER_PLATFORMS: ReadonlySet<string> = new Set(['wetransfer.com']);

/** Platforms that send from `<instance>@platform`, the instance named as its customer chose. */
export const INSTANCE_PLATFORMS: ReadonlySet<string> = new Set(['service-now.com', 'myworkday.com']);

/**
 * Platforms that write their user's own account address as Reply-To, an address the account
 * confirmed (Google's shares and invitations, PayPal's requests, Dropbox's shares): not one the
 * user types for each message (DocuSign's reply override) or sets in his mailbox (a free mailbox).
 */
export const ACCOUNT_REPLY_PLATFORMS: ReadonlySet<string> = new Set([
  'google.com',
  'paypal.com',
  'dropbox.com',
  // QuickBooks Online and Xero send invoices with the company's confirmed address as Reply-To
  // (Intuit's and Xero's help on verifying the invoice email address: probe103's controls).
  'intuit.com',
  'xero.com',
  // SharePoint and OneDrive shares answer at the sharer's own account (probe80, probe91).
  'sharepointonline.com',
  // Smartsheet writes the user's own account address as Reply-To (help.smartsheet.com, "Overview
  // of automated notifications": red-team round 118).
  'smartsheet.com',
  // Calendly replies go to the host's login address, confirmed by a link (help.calendly.com:
  // real-mail round 115).
  'calendly.com',
  // Zoho Invoice and Wave write only a From address the account verified by a link, as Reply-To
  // (Zoho's and Wave's help: real-mail round 118).
  'zohoinvoice.com',
  'waveapps.com',
]);

/**
 * Notification senders that write their user's whole chosen name with no "via": a SharePoint or
 * OneDrive share from any tenant's user, `"Tidewater IT Helpdesk" <no-reply@sharepointonline.com>`
 * (probe91). Read as the outsider's name where it holds the reader's organisation beside a desk's
 * word; Microsoft's own notices there name Microsoft, which the brand rules judge.
 */
export const WHOLE_NAME_NOTIFIERS: ReadonlySet<string> = new Set(['sharepointonline.com']);

/**
 * Teams' missed-activity mail, sent under the chatting user's display name from these hosts
 * (Microsoft's anti-phishing guidance names both as senders its user-impersonation protection may
 * flag; a chat from another tenant's user reaches the reader's mailbox the same way: probe95). By
 * host, not organisation: the rest of microsoft.com is Microsoft's own mail.
 */
export const TEAMS_NOTIFIER_HOSTS: ReadonlySet<string> = new Set([
  'email.teams.microsoft.com',
  'emeaemail.teams.microsoft.com',
  // The newer sender, no-reply@teams.mail.microsoft ("<user> sent a message"), as public mail
  // filters list it beside the older one (probe96).
  'teams.mail.microsoft',
]);

/** Store platforms' per-store From addresses: Shopify's `store+<id>@` under shopifyemail.com. */
const STORE_SENDERS: ReadonlyArray<readonly [string, RegExp]> = [['shopifyemail.com', /^store\+\d+@/i]];

/**
 * A store platform writing for a store with no domain of its own, from the store's own address
 * there ("Juniper & Fern" <store+93417@t.shopifyemail.com>): the name is the store's chosen one.
 */
export function storeSender(org: string, address: string): boolean {
  return STORE_SENDERS.some(([o, local]) => org === o && local.test(address));
}

/** "Helen Okafor in Teams": the user's name before Teams' own words. */
const IN_TEAMS = /^(.*\S)\s+in\s+Teams$/i;
/** "Helen Okafor (Classroom)": a Google Classroom teacher's or class's name before its product's. */
const IN_CLASSROOM = /^(.*\S)\s+\(Classroom\)$/i;

/**
 * Senders that write their user's whole chosen name, known by their exact address within a
 * brand's domain whose other mail is the brand's own: Google Calendar's invitations under the
 * organiser's name, `"Tidewater IT Helpdesk" <calendar-notification@google.com>` (probe108). The
 * product's own name there ("Google Calendar") is Google's, unless replies go elsewhere
 * (addressUsersName).
 */
export const WHOLE_NAME_ADDRESSES: ReadonlyMap<string, string> = new Map([
  ['calendar-notification@google.com', 'google calendar'],
]);

/**
 * The whole name a user chose, where `address` is one of WHOLE_NAME_ADDRESSES: any name but the
 * product's own, and that one too where replies go outside the brand (`repliesElsewhere`: an
 * organiser who named himself "Google Calendar" answers at his own address, Calendar's own
 * reminders carry no Reply-To: probe111).
 */
export function addressUsersName(
  address: string,
  displayName: string,
  repliesElsewhere = false,
): string | null {
  const product = WHOLE_NAME_ADDRESSES.get(address.toLowerCase());
  const name = displayName.trim();
  if (product === undefined || name === '') return null;
  return name.toLowerCase() !== product || repliesElsewhere ? name : null;
}

/**
 * The name a whole-name notifier's user chose, from the From's domain (its organisation, or the
 * exact host for Teams) and display name: for Teams without its " in Teams", which Teams adds (and
 * `suffixed` says whether it did). Null where the From is no such notifier.
 */
export function notifierUsersName(
  host: string,
  org: string,
  displayName: string,
): { name: string; suffixed: boolean } | null {
  if (WHOLE_NAME_NOTIFIERS.has(org)) return { name: displayName.trim(), suffixed: false };
  const suffix = TEAMS_NOTIFIER_HOSTS.has(host)
    ? IN_TEAMS
    : host === 'classroom.google.com'
      ? IN_CLASSROOM
      : null;
  if (!suffix) return null;
  const m = suffix.exec(displayName.trim());
  return m ? { name: m[1]!.trim(), suffixed: true } : { name: displayName.trim(), suffixed: false };
}
