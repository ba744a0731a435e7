// A sentence kept as a key and its parameters, so the engine stays language-neutral: a finding or a
// summary carries Messages, and whoever shows it renders them in its reader's language (the popup
// through browser.i18n, the CLI in English or its --lang). Pure: the lookup is passed in.
import type { MessageKey } from './index';

/**
 * A parameter: text or a number as it is, a nested sentence, a list joined the language's way
 * ("a, b and c"), or sentences joined by spaces (a detail made of optional sentences); `{ number }`
 * is a number written the language's way ("1,501", "1.501").
 */
export type MessageParam =
  | string
  | number
  | { number: number }
  | Message
  | { list: readonly string[] }
  | { sentences: readonly Message[]; separator?: string };

export interface Message {
  key: string;
  params?: Readonly<Record<string, MessageParam>>;
  /**
   * Start with a lower-case letter when placed inside another sentence (a finding title inside a
   * summary). Ignored for German, whose nouns keep their capital.
   */
  lower?: boolean;
}

/** A Message for a key of locales/en.json (typed: a misspelt key is a tsc error). */
export function msg(key: MessageKey, params?: Record<string, MessageParam>, lower?: boolean): Message {
  // Built field by field: every finding makes several per analysis, and spreading the optional
  // fields in made two throw-away objects each time.
  const m: Message = { key };
  if (params) m.params = params;
  if (lower) m.lower = lower;
  return m;
}

/** Sentences shown one after the other (each its own key), e.g. a detail whose parts depend on the case. */
export function sentences(parts: readonly (Message | false | null | undefined)[]): Message {
  return { key: 'common_text', params: { text: { sentences: parts.filter((p): p is Message => !!p) } } };
}

/** Parts joined by commas (", "), the same in every language we ship: a list of short phrases. */
export function joined(parts: readonly Message[]): Message {
  return { key: 'common_text', params: { text: { sentences: parts, separator: ', ' } } };
}

/** The same message, lower-cased at its start when it is placed inside another sentence. */
export function inner(m: Message): Message {
  return { ...m, lower: true };
}

export type Lookup = (key: string, params: Readonly<Record<string, string | number>>) => string;

function isMessage(p: MessageParam): p is Message {
  return typeof p === 'object' && 'key' in p;
}

// One formatter per language and kind: building an ICU formatter costs far more than formatting
// with it, and findings format numbers and lists on every message.
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function numberFormat(lang: string): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    numberFormats.set(lang, f);
  }
  return f;
}

function listFormat(lang: string): Intl.ListFormat {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f;
}

/** Renders `m` with `lookup` (one language's text), nested messages and lists included. */
export function renderWith(m: Message, lookup: Lookup, lang: string): string {
  // Every finding's title and detail and the summary are rendered on every analysis: the
  // parameters are read with for…in (Object.entries made an array of pairs per message).
  const given = m.params;
  const params: Record<string, string | number> = {};
  if (given)
    for (const name in given) {
      const p = given[name]!;
      if (typeof p === 'string' || typeof p === 'number') params[name] = p;
      else if (isMessage(p)) params[name] = renderWith(p, lookup, lang);
      else if ('number' in p) params[name] = numberFormat(lang).format(p.number);
      else if ('list' in p) params[name] = listFormat(lang).format(p.list);
      else params[name] = p.sentences.map((s) => renderWith(s, lookup, lang)).join(p.separator ?? ' ');
    }
  const text = lookup(m.key, params);
  return m.lower && lang !== 'de' && text ? lowerFirst(text) : text;
}

/** Names a sentence may begin with that stay capitalised inside another (products, companies). */
const PROPER_NAMES: ReadonlySet<string> = new Set([
  'Exchange',
  'Microsoft',
  'Google',
  'Gmail',
  'Outlook',
  'Yahoo',
  'Amazon',
  'Apple',
  'Zoho',
  'Proton',
  'Roundcube',
  'HeaderLens',
]);

/**
 * The text with its first letter lower-cased to stand inside another sentence; not an acronym's
 * ("SPF", "DKIM") nor a name's ("Exchange Online recorded…", which read "exchange Online").
 */
function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (word.length > 1 && word[1] !== word[1]!.toLowerCase()) return text;
  if (PROPER_NAMES.has(word)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}
