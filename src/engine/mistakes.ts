import { count } from './count';
import { labelsOf, type Dataset } from './dataset';
import { evaluateMetric, resolveSegment, tolerance, type NumericQuestion } from './questions';
import { share } from './share';

/** A known mistake that makes an answer wrong in a recognisable way. */
export type MistakeCode = 'fraction-for-percent' | 'count-for-share' | 'share-of-other-segment';

/** The value a mistake produces on this dataset, and how near an answer must be to match it. */
export interface MistakeValue {
  code: MistakeCode;
  value: number;
  tolerance: number;
  /** The segment the mistaken value belongs to, when it is another segment. */
  segment?: string;
}

/** Computes, from the same dataset, the values the known mistakes give for a question. */
export function mistakeValues(question: NumericQuestion, dataset: Dataset): MistakeValue[] {
  const exact = evaluateMetric(dataset, question.metric);
  const band = tolerance(question.decimals);
  const mistakes: MistakeValue[] = [];

  if (question.unit === 'percent') {
    // People write fractions to two or three places, so 0.45 names the mistake
    // for an exact 45.2%: the band is at least half a whole percent.
    const fractionBand = Math.max(band, 0.5) / 100;
    mistakes.push({ code: 'fraction-for-percent', value: exact / 100, tolerance: fractionBand });
  }

  const ref = question.metric;
  if (ref.metric === 'share') {
    const label = resolveSegment(dataset, ref.dimension, ref.segment);
    mistakes.push({
      code: 'count-for-share',
      value: count(dataset, ref.dimension, label),
      tolerance: 0.5,
    });

    for (const other of labelsOf(dataset, ref.dimension)) {
      if (other === label) continue;
      const value = share(dataset, ref.dimension, other);
      mistakes.push({ code: 'share-of-other-segment', value, tolerance: band, segment: other });
    }
  }

  return mistakes;
}
