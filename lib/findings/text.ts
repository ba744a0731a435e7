// A finding's words: English text for the CLI and JSON, and the same sentences as Messages (keys in
// locales/) from which the extension renders the reader's language.
import { english } from '../i18n/english';
import type { Message } from '../i18n/message';
import type { Finding } from '../types';

export function texts(title: Message, detail: Message): Pick<Finding, 'title' | 'detail' | 'message'> {
  return { title: english(title), detail: english(detail), message: { title, detail } };
}
