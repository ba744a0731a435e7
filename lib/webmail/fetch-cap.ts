// Inbox badges never download whole large messages (issue 18 §2): a row is judged on its headers
// (the provider's results, the hops), so its fetch stops reading once it has `maxBytes` and
// cancels the rest of the download. An adapter whose response cannot be cut (JSON around the
// message) then fails to parse it, and the row gets no badge rather than a 25 MB download.
import { MAX_HASHED_MESSAGE_BYTES } from '../auth/limits';
import type { FetchLike } from './types';

/** Enough for any real header block (Gmail's largest are ~30 KB), with room for a wrapper page. */
export const MAX_ROW_FETCH_BYTES = 256 * 1024;

/**
 * The open message is read up to one byte past the hashing limit (the worker hashes no body over
 * MAX_HASHED_MESSAGE_BYTES): a message that reaches it is sent as its header block, "over the
 * limit", without the tab ever holding the rest (a 50 MB message would cost it hundreds of MB).
 */
export const MAX_OPEN_FETCH_BYTES = MAX_HASHED_MESSAGE_BYTES + 1;

/** The first `maxBytes` of the body, and whether the body reached that many (then it was cut). */
async function firstBytes(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; cut: boolean }> {
  const reader = res.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await res.arrayBuffer());
    return { bytes: all.subarray(0, maxBytes), cut: all.length >= maxBytes };
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  while (total < maxBytes) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    parts.push(value);
    total += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const out = new Uint8Array(new ArrayBuffer(Math.min(total, maxBytes)));
  let at = 0;
  for (const p of parts) {
    const take = p.subarray(0, out.length - at);
    out.set(take, at);
    at += take.length;
    if (at >= out.length) break;
  }
  return { bytes: out, cut: total >= maxBytes };
}

/**
 * A fetch whose response bodies are cut at `maxBytes` (status and headers kept). `onCut` hears of
 * each body that reached `maxBytes`, with its Content-Length when the server sent one.
 */
export function cappedFetch(
  fetch: FetchLike,
  maxBytes = MAX_ROW_FETCH_BYTES,
  onCut?: (contentLength: number | undefined) => void,
): FetchLike {
  return async (input, init) => {
    const res = await fetch(input, init);
    const { bytes, cut } = await firstBytes(res, maxBytes);
    if (cut && onCut) {
      const length = Number(res.headers.get('content-length') ?? Number.NaN);
      onCut(Number.isSafeInteger(length) && length > 0 ? length : undefined);
    }
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}

/**
 * A pasted or dropped message as the inspector sends it: over the hashing limit, its header block
 * and its size (the worker would not hash that body anyway).
 */
export function forWorkerRaw(raw: string): { raw: string; messageBytes?: number } {
  return raw.length <= MAX_HASHED_MESSAGE_BYTES
    ? { raw }
    : { raw: headersOnly(raw), messageBytes: raw.length };
}

/** The header block of a raw message and an empty body: all an inbox row is judged on. */
export function headersOnly(raw: string): string {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? `${raw.slice(0, m.index)}\r\n\r\n` : raw;
}
