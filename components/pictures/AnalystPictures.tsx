import { t } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';
import { DkimDetailsView, DmarcRecordView } from './AuthRecords';
import { RouteTimeline } from './RouteTimeline';
import { SpfTreeView } from './SpfTreeView';

/** The views analysts know from Message Header Analyzer and DKIM Verifier, in the inspector. */
export function AnalystPictures({ analysis }: { analysis: Analysis }) {
  return (
    <section class="pictures" aria-labelledby="pictures-title" data-testid="analyst-pictures">
      <h2 id="pictures-title">{t('inspector_pictures_title')}</h2>
      <RouteTimeline analysis={analysis} />
      <SpfTreeView analysis={analysis} />
      <DmarcRecordView analysis={analysis} />
      <DkimDetailsView analysis={analysis} />
    </section>
  );
}
