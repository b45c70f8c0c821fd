import { createHash } from 'node:crypto';
import type { ReportModel } from '../../../shared/reports';
import { canonicalJson } from '../history/canonicalJson';

/**
 * sha256 of the report's data in canonical JSON, leaving out when it was generated and the
 * hash itself: the same data gives the same hash in every format and at every export, so a
 * reader can check a PDF against its JSON (recompute over the JSON without those fields).
 */
export function contentHashOf(model: ReportModel): string {
  const { generatedAt: _at, generatedOn: _on, contentHash: _hash, ...meta } = model.meta;
  return createHash('sha256')
    .update(canonicalJson({ ...model, meta }))
    .digest('hex');
}

/** The model with its content hash filled in. */
export function sealReport<M extends ReportModel>(model: M): M {
  return { ...model, meta: { ...model.meta, contentHash: contentHashOf(model) } };
}
