// English text of a Message, in the engine: Finding.title/detail and Analysis.summary stay English
// (the CLI, JSON reports, the README's format) while the Message beside them lets the extension
// show the reader's language. Pure; bundles only the English file (into the worker and the CLI).
import en from '../../locales/en.json';
import { type Catalog, formatMessage, messageText } from './format';
import { type Message, renderWith } from './message';

const EN: Catalog = en;

export function english(m: Message): string {
  return renderWith(
    m,
    (key, params) => {
      const entry = EN[key];
      return entry === undefined ? key : formatMessage(messageText(entry), params);
    },
    'en',
  );
}
