// The one typed message map between the extension's parts (popup, content scripts, inspector →
// background). lib/ext/ is the only part of lib/ that touches the browser API.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface PingReply {
  ok: true;
  version: string;
  receivedAt: number;
}

export interface ProtocolMap {
  /** Health check: the popup asks, the worker answers with its version. */
  ping(data: { sentAt: number }): PingReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
