import {
  SPF_LOOKUP_LIMIT,
  SPF_VOID_LIMIT,
  type SpfTermOutcome,
  type SpfTreeNode,
} from '../../lib/auth/spf-tree';
import { t } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';
import { visibleText, wordTone } from '../format';

const OUTCOME: Record<SpfTermOutcome, () => string> = {
  match: () => t('spf_tree_outcome_match'),
  'no-match': () => t('spf_tree_outcome_no_match'),
  'not-reached': () => t('spf_tree_outcome_not_reached'),
  error: () => t('spf_tree_outcome_error'),
  skipped: () => t('spf_tree_outcome_skipped'),
};

// The walker stops after 10 DNS-querying terms, so a real tree is at most 11 records deep; a
// hand-edited JSON report could nest further, and is cut here.
const MAX_DEPTH = 12;

/**
 * The SPF evaluation as a tree: the checked domain's record, the includes and redirects it
 * followed, each term's outcome and the RFC 7208 §4.6.4 counters. Nested lists, so the structure
 * reads the same to a screen reader as it looks.
 */
export function SpfTreeView({ analysis }: { analysis: Analysis }) {
  const { spf } = analysis;
  const tree = spf.tree;
  return (
    <section class="picture spf-tree" aria-labelledby="spf-tree-title" data-testid="spf-tree">
      <h3 id="spf-tree-title">{t('spf_tree_title')}</h3>
      {!tree ? (
        <p class="muted" data-testid="spf-tree-absent">
          {analysis.mode === 'offline'
            ? t('spf_tree_offline')
            : !spf.ip
              ? t('spf_tree_no_ip')
              : spf.domain
                ? t('spf_tree_unavailable')
                : t('spf_tree_no_domain')}
        </p>
      ) : (
        <>
          <p>
            {t('spf_tree_summary', {
              ip: visibleText(spf.ip ?? '?', 60),
              domain: visibleText(spf.domain, 255),
            })}{' '}
            <span class={`pill tone-${wordTone(spf.result)}`} data-testid="spf-tree-result">
              {spf.result}
            </span>
          </p>
          <p class="counters small">
            <span
              class={tree.lookups > SPF_LOOKUP_LIMIT ? 'counter over' : 'counter'}
              data-testid="spf-tree-lookups"
            >
              {t('spf_tree_lookups', { count: tree.lookups, limit: SPF_LOOKUP_LIMIT })}
            </span>
            {' · '}
            <span
              class={tree.voids > SPF_VOID_LIMIT ? 'counter over' : 'counter'}
              data-testid="spf-tree-voids"
            >
              {t('spf_tree_voids', { count: tree.voids, limit: SPF_VOID_LIMIT })}
            </span>
          </p>
          {tree.stop && (
            <p class="notice small" data-testid="spf-tree-stop">
              {t('spf_tree_stopped', { reason: visibleText(tree.stop, 300) })}
            </p>
          )}
          {tree.result !== spf.result && (
            <p class="muted small">{t('spf_tree_disagrees', { walk: tree.result })}</p>
          )}
          <ul class="spf-root">
            <SpfNode node={tree.root} depth={0} />
          </ul>
        </>
      )}
    </section>
  );
}

function SpfNode({ node, depth }: { node: SpfTreeNode; depth: number }) {
  if (depth > MAX_DEPTH) return <li class="muted">…</li>;
  return (
    <li class="spf-node" data-testid="spf-node" data-domain={node.domain}>
      <div class="spf-node-head">
        <span class="mono spf-domain">{visibleText(node.domain, 255)}</span>{' '}
        <span class="muted small">
          {node.via === 'include'
            ? t('spf_tree_via_include')
            : node.via === 'redirect'
              ? t('spf_tree_via_redirect')
              : t('spf_tree_via_check')}
        </span>
        {node.loop && <span class="mark mark-clock-skew"> {t('spf_tree_loop')}</span>}
      </div>
      {node.record === null ? (
        <p class="muted small">{t('spf_tree_no_record')}</p>
      ) : (
        <code class="spf-record" data-testid="spf-record">
          {visibleText(node.record, 1000)}
        </code>
      )}
      {node.terms.length > 0 && (
        <ol class="spf-terms">
          {node.terms.map((term, i) => (
            <li
              key={i}
              class={`spf-term outcome-${term.outcome}`}
              data-testid="spf-term"
              data-outcome={term.outcome}
            >
              <code>{visibleText(term.term, 200)}</code>{' '}
              <span class={`pill outcome-pill outcome-${term.outcome}`}>{OUTCOME[term.outcome]()}</span>
              {term.lookup !== null && (
                <span class="muted small">
                  {' '}
                  {t('spf_tree_lookup_number', { n: term.lookup, limit: SPF_LOOKUP_LIMIT })}
                </span>
              )}
              {term.void && <span class="muted small"> {t('spf_tree_void')}</span>}
              {term.child && (
                <ul class="spf-children">
                  <SpfNode node={term.child} depth={depth + 1} />
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {node.hiddenTerms > 0 && (
        <p class="muted small" data-testid="spf-hidden-terms">
          {t('spf_tree_hidden_terms', { count: node.hiddenTerms })}
        </p>
      )}
    </li>
  );
}
