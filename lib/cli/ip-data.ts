import { loadIpTablesFromDisk } from '../../scripts/ip-tables-node';
import { type Classifier, createClassifier } from '../relay/classify';

/**
 * The bundled IP-to-ASN tables as a classifier (public/ip/, found next to the package: the index
 * now, each shard when a lookup first needs it). Missing data is not fatal for `inspect`: relay
 * facts stay unknown and the analysis says so.
 */
export async function loadClassifier(): Promise<Classifier | null> {
  try {
    return createClassifier(await loadIpTablesFromDisk());
  } catch (err) {
    process.stderr.write(`headerlens: warning: ${(err as Error).message}; relay intelligence is off\n`);
    return null;
  }
}
