// English text of a Message, in the engine: Finding.title/detail and Analysis.summary stay English
// (the CLI, JSON reports, the README's format) while the Message beside them lets the extension
// show the reader's language. Pure; bundles only the English file (into the worker and the CLI).
import en from '../../locales/en.json';
import { type Catalog, formatMessage, messageText, type Params } from './format';
import { type Message, renderWith } from './message';

const EN: Catalog = en;

/** Each key's text as formatMessage reads it (plural forms joined once, not on every render). */
const texts = new Map<string, string>();

function lookupEnglish(key: string, params: Params): string {
  let text = texts.get(key);
  if (text === undefined) {
    const entry = Object.hasOwn(EN, key) ? EN[key] : undefined;
    if (entry === undefined) return key;
    text = messageText(entry);
    texts.set(key, text);
  }
  return formatMessage(text, params);
}

export function english(m: Message): string {
  return renderWith(m, lookupEnglish, 'en');
}
