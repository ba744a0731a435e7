// Findings and the verdict summary in the reader's language, from the Messages the engine stored
// beside its English text. An analysis without them (older, or from a rule not yet converted)
// shows its English text.
import type { Analysis, Finding } from '../types';
import { t, uiLanguage } from './index';
import { type Message, renderWith } from './message';

export function renderMessage(m: Message): string {
  return renderWith(m, (key, params) => t(key as Parameters<typeof t>[0], params), uiLanguage());
}

export function findingTitle(f: Pick<Finding, 'title' | 'message'>): string {
  return f.message ? renderMessage(f.message.title) : f.title;
}

export function findingDetail(f: Pick<Finding, 'detail' | 'message'>): string {
  return f.message ? renderMessage(f.message.detail) : f.detail;
}

export function summaryText(a: Pick<Analysis, 'summary' | 'summaryMessage'>): string {
  return a.summaryMessage ? renderMessage(a.summaryMessage) : a.summary;
}
