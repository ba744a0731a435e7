import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import {
  type BodyHashState,
  type DmarcDetails,
  dkimDetails,
  dmarcDetails,
} from '../../lib/pictures/auth-details';
import type { Analysis } from '../../lib/types';
import { visibleText, wordTone } from '../format';
import { formatNumber, formatWhen } from './format';

function Row({ name, tag, children }: { name: string; tag?: string; children: ComponentChildren }) {
  return (
    <div class="detail-row" data-tag={tag}>
      <dt>
        {name}
        {tag && <span class="mono muted"> {tag}=</span>}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function policyMeaning(p: string | null): string {
  switch (p?.toLowerCase()) {
    case 'none':
      return t('dmarc_record_policy_none');
    case 'quarantine':
      return t('dmarc_record_policy_quarantine');
    case 'reject':
      return t('dmarc_record_policy_reject');
    default:
      return t('dmarc_record_policy_unknown');
  }
}

function alignmentMeaning(v: string | null): string {
  if (v === null) return t('dmarc_record_alignment_default');
  return v.toLowerCase() === 's' ? t('dmarc_record_alignment_strict') : t('dmarc_record_alignment_relaxed');
}

function Value({ v }: { v: string }) {
  return <span class="mono">{visibleText(v, 300)}</span>;
}

/** The DMARC record that applied, tag by tag, with what each value means. */
export function DmarcRecordView({ analysis }: { analysis: Analysis }) {
  const d: DmarcDetails | null = dmarcDetails(analysis);
  return (
    <section class="picture dmarc-record" aria-labelledby="dmarc-record-title" data-testid="dmarc-record">
      <h3 id="dmarc-record-title">{t('dmarc_record_title')}</h3>
      {!d ? (
        <p class="muted" data-testid="dmarc-record-absent">
          {analysis.mode === 'offline'
            ? t('dmarc_record_offline')
            : t('dmarc_record_none', { domain: visibleText(analysis.dmarc.domain || '?', 255) })}
        </p>
      ) : (
        <>
          {d.name && (
            <p class="small">
              {t('dmarc_record_found_at')} <span class="mono">{visibleText(d.name, 255)}</span>
            </p>
          )}
          <code class="spf-record">{visibleText(d.record, 1000)}</code>
          <dl class="details">
            <Row name={t('dmarc_record_policy')} tag="p">
              {d.p !== null && <Value v={d.p} />} <span class="muted">{policyMeaning(d.p)}</span>
            </Row>
            <Row name={t('dmarc_record_subdomain_policy')} tag="sp">
              {d.sp === null ? (
                <span class="muted">{t('dmarc_record_same_as_p')}</span>
              ) : (
                <>
                  <Value v={d.sp} /> <span class="muted">{policyMeaning(d.sp)}</span>
                </>
              )}
            </Row>
            {d.np !== null && (
              <Row name={t('dmarc_record_nonexistent_policy')} tag="np">
                <Value v={d.np} /> <span class="muted">{policyMeaning(d.np)}</span>
              </Row>
            )}
            <Row name={t('dmarc_record_dkim_alignment')} tag="adkim">
              {d.adkim !== null && <Value v={d.adkim} />}{' '}
              <span class="muted">{alignmentMeaning(d.adkim)}</span>
            </Row>
            <Row name={t('dmarc_record_spf_alignment')} tag="aspf">
              {d.aspf !== null && <Value v={d.aspf} />} <span class="muted">{alignmentMeaning(d.aspf)}</span>
            </Row>
            <Row name={t('dmarc_record_percentage')} tag="pct">
              {d.pct === null ? (
                <span class="muted">{t('dmarc_record_pct_default')}</span>
              ) : (
                <Value v={`${d.pct}%`} />
              )}
            </Row>
            <Row name={t('dmarc_record_aggregate_reports')} tag="rua">
              {d.rua.length === 0 ? (
                <span class="muted">{t('dmarc_record_no_reports')}</span>
              ) : (
                <UriList uris={d.rua} />
              )}
            </Row>
            <Row name={t('dmarc_record_failure_reports')} tag="ruf">
              {d.ruf.length === 0 ? (
                <span class="muted">{t('dmarc_record_no_reports')}</span>
              ) : (
                <UriList uris={d.ruf} />
              )}
            </Row>
            {d.fo !== null && (
              <Row name={t('dmarc_record_failure_options')} tag="fo">
                <Value v={d.fo} />
              </Row>
            )}
          </dl>
          {d.problems.length > 0 && (
            <p class="notice small">
              {t('dmarc_record_problems', { problems: visibleText(d.problems.join('; '), 400) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function UriList({ uris }: { uris: string[] }) {
  return (
    <ul class="plain-list">
      {uris.map((u, i) => (
        <li key={i} class="mono">
          {visibleText(u, 300)}
        </li>
      ))}
    </ul>
  );
}

const BODY_HASH: Record<BodyHashState, () => string> = {
  match: () => t('dkim_detail_body_match'),
  mismatch: () => t('dkim_detail_body_mismatch'),
  'not-hashed': () => t('dkim_detail_body_not_hashed'),
  'not-checked': () => t('dkim_detail_body_not_checked'),
};

/** Each DKIM signature: who signed, with which key, over which headers and how much of the body. */
export function DkimDetailsView({ analysis }: { analysis: Analysis }) {
  const sigs = dkimDetails(analysis);
  return (
    <section class="picture dkim-details" aria-labelledby="dkim-details-title" data-testid="dkim-details">
      <h3 id="dkim-details-title">{t('dkim_detail_title')}</h3>
      {sigs.length === 0 && <p class="muted">{t('dkim_detail_none')}</p>}
      {sigs.map((s, i) => (
        <article
          key={i}
          class="dkim-signature"
          data-testid="dkim-signature"
          aria-labelledby={`dkim-sig-${i}`}
        >
          <h4 id={`dkim-sig-${i}`}>
            <span class="mono">{visibleText(s.domain, 255)}</span>{' '}
            <span class="muted small">
              {t('dkim_detail_selector', { selector: visibleText(s.selector, 100) })}
            </span>{' '}
            <span class={`pill tone-${wordTone(s.result)}`}>{s.result}</span>{' '}
            <span class="muted small">
              {s.aligned ? t('dkim_detail_aligned') : t('dkim_detail_not_aligned')}
            </span>
          </h4>
          <dl class="details">
            <Row name={t('dkim_detail_algorithm')} tag="a">
              <Value v={s.algorithm ?? '?'} />
            </Row>
            <Row name={t('dkim_detail_key_size')}>
              {s.keyBits === null ? (
                <span class="muted">{t('dkim_detail_unknown')}</span>
              ) : (
                t('dkim_detail_bits', { bits: formatNumber(s.keyBits) })
              )}
            </Row>
            <Row name={t('dkim_detail_canonicalization')} tag="c">
              <Value v={s.canonicalization ?? 'simple/simple'} />
            </Row>
            <Row name={t('dkim_detail_key_record')}>
              <span class="mono">{visibleText(s.keyName, 300)}</span>
              {s.key ? (
                <code class="spf-record" data-testid="dkim-key-record">
                  {visibleText(s.key.record, 500)}
                </code>
              ) : (
                <span class="muted">
                  {' '}
                  {s.keyError
                    ? t('dkim_detail_key_error', { code: s.keyError })
                    : t('dkim_detail_key_not_recorded')}
                </span>
              )}
              {s.key && s.key.publicKeyChars === 0 && (
                <span class="notice small">{t('dkim_detail_key_revoked')}</span>
              )}
              {s.key?.flags && (
                <span class="muted small">
                  {' '}
                  {t('dkim_detail_key_flags', { flags: visibleText(s.key.flags, 40) })}
                </span>
              )}
            </Row>
            <Row name={t('dkim_detail_body_length')} tag="l">
              {s.bodyLength === null ? (
                <span class="muted">{t('dkim_detail_whole_body')}</span>
              ) : (
                <span data-testid="dkim-body-length">
                  {t('dkim_detail_first_bytes', { bytes: formatNumber(s.bodyLength) })}
                  {s.unsignedBytes
                    ? ` ${t('dkim_detail_unsigned_bytes', { bytes: formatNumber(s.unsignedBytes) })}`
                    : ''}
                </span>
              )}
            </Row>
            <Row name={t('dkim_detail_signed_headers')} tag="h">
              <span class="mono header-list" data-testid="dkim-headers">
                {s.headers.map((h) => visibleText(h, 80)).join(' : ')}
              </span>
              {s.moreHeaders > 0 && (
                <span class="muted small"> {t('dkim_detail_more_headers', { count: s.moreHeaders })}</span>
              )}
            </Row>
            <Row name={t('dkim_detail_signed_at')} tag="t">
              {s.signedAt ? (
                <time dateTime={s.signedAt}>{formatWhen(s.signedAt)}</time>
              ) : (
                <span class="muted">—</span>
              )}
            </Row>
            <Row name={t('dkim_detail_expires')} tag="x">
              {s.expiresAt ? (
                <time dateTime={s.expiresAt}>{formatWhen(s.expiresAt)}</time>
              ) : (
                <span class="muted">{t('dkim_detail_no_expiry')}</span>
              )}
            </Row>
            <Row name={t('dkim_detail_body_hash')} tag="bh">
              <span data-testid="dkim-body-hash" data-state={s.bodyHash}>
                {BODY_HASH[s.bodyHash]()}
              </span>
            </Row>
          </dl>
        </article>
      ))}
    </section>
  );
}
