// What the size bounds of lib/auth/limits.ts left out of the checks, said plainly: a field too
// large or too oddly folded to parse safely is itself a sign of a message built to stall a
// verifier (issue 18 §2), and a body not hashed means DKIM was checked on the headers only.

import {
  MAX_ARC_FIELDS,
  MAX_AUTH_FIELD_BYTES,
  MAX_FIELD_BYTES,
  MAX_FWS_RUN,
  MAX_HASHED_MESSAGE_BYTES,
  MAX_RECEIVED_FIELDS,
  megabytes,
} from '../auth/limits';
import { type Message, msg } from '../i18n/message';
import type { Finding } from '../types';
import type { FindingRule } from './rule';
import { texts } from './text';

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

export const limitsRule: FindingRule = (ctx) => {
  const bounds = ctx.analysis.meta.bounds;
  if (!bounds) return [];
  const out: Finding[] = [];
  const auth = bounds.skipped.filter((f) => /^(dkim-signature|arc-)/i.test(f.name));
  const other = bounds.skipped.filter((f) => !auth.includes(f));
  if (auth.length > 0) {
    const why = (f: (typeof auth)[number]): Message =>
      f.reason === 'too-large'
        ? msg('finding_limits_why_too_large', {
            name: f.name,
            size: kb(f.bytes),
            max: kb(MAX_AUTH_FIELD_BYTES),
          })
        : f.reason === 'white-space-run'
          ? msg('finding_limits_why_white_space', { name: f.name, max: MAX_FWS_RUN })
          : msg('finding_limits_why_arc_count', { name: f.name, max: MAX_ARC_FIELDS });
    out.push({
      id: 'auth-field-skipped',
      severity: 'medium',
      ...texts(
        msg('finding_auth_field_skipped_title', { count: auth.length }),
        msg('finding_auth_field_skipped_detail', {
          fields: { sentences: auth.slice(0, 5).map(why), separator: '; ' },
          more: auth.length > 5 ? '; …' : '',
        }),
      ),
      evidence: [],
    });
  }
  if (other.length > 0) {
    out.push({
      id: 'header-field-too-large',
      severity: 'low',
      ...texts(
        msg('finding_header_field_too_large_title', { count: other.length, max: kb(MAX_FIELD_BYTES) }),
        msg('finding_header_field_too_large_detail', {
          fields: other
            .slice(0, 5)
            .map((f) => `${f.name || '(no name)'} (${kb(f.bytes)})`)
            .join(', '),
        }),
      ),
      evidence: [],
    });
  }
  if (bounds.receivedCut) {
    const { total, read } = bounds.receivedCut;
    out.push({
      id: 'received-chain-cut',
      severity: 'low',
      ...texts(
        msg('finding_limits_received_cut_title', { total: { number: total }, read: { number: read } }),
        msg('finding_limits_received_cut_detail', {
          loop: { number: 100 },
          max: { number: MAX_RECEIVED_FIELDS },
          older: { number: total - read },
        }),
      ),
      evidence: [],
    });
  }
  if (!bounds.bodyHashed) {
    out.push({
      id: 'body-not-hashed',
      severity: 'low',
      ...texts(
        msg('finding_body_not_hashed_title', { size: megabytes(bounds.messageBytes) }),
        msg('finding_body_not_hashed_detail', { max: megabytes(MAX_HASHED_MESSAGE_BYTES) }),
      ),
      evidence: [],
    });
  }
  return out;
};
