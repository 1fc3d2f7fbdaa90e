import { count, totalInteractions } from './count';
import { labelsOf, type Dataset, type Dimension } from './dataset';
import { segmentAtRank } from './rank';
import { share } from './share';

/** The unit a numeric answer is given in. */
export type Unit = 'count' | 'percent' | 'seconds' | 'minutes' | 'rate';

/** A segment named directly, or by its place when segments are ranked by count. */
export type SegmentRef = { label: string } | { rank: number };

/** A metric of the engine, named so that a question can be evaluated on any dataset. */
export type MetricRef =
  | { metric: 'totalInteractions' }
  | { metric: 'count'; dimension: Dimension; segment: SegmentRef }
  | { metric: 'share'; dimension: Dimension; segment: SegmentRef };

interface QuestionBase {
  id: string;
  prompt: string;
  /** Shown after the first wrong attempt. */
  hint?: string;
}

/** A question answered with a number of a stated unit and precision. */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  unit: Unit;
  /** Decimal places the answer is asked to; 0 asks for a whole number. */
  decimals: number;
  metric: MetricRef;
}

/** A question answered by choosing one value of a dimension that the dataset contains. */
export interface CategoryQuestion extends QuestionBase {
  kind: 'category';
  dimension: Dimension;
  answer: SegmentRef;
}

export type Question = NumericQuestion | CategoryQuestion;

/** Returns the label a segment reference points to in this dataset. Throws on a tie. */
export function resolveSegment(dataset: Dataset, dimension: Dimension, ref: SegmentRef): string {
  if ('label' in ref) {
    if (!labelsOf(dataset, dimension).includes(ref.label)) {
      throw new Error(`Unknown ${dimension} "${ref.label}": the dataset has no such value.`);
    }
    return ref.label;
  }

  const segment = segmentAtRank(dataset, dimension, ref.rank);
  if (!segment) {
    throw new Error(
      `No single ${dimension} holds rank ${ref.rank}: two segments tie or there are too few.`,
    );
  }
  return segment.label;
}

/** Computes the exact value a metric reference names, before any rounding. */
export function evaluateMetric(dataset: Dataset, ref: MetricRef): number {
  switch (ref.metric) {
    case 'totalInteractions':
      return totalInteractions(dataset);
    case 'count':
      return count(dataset, ref.dimension, resolveSegment(dataset, ref.dimension, ref.segment));
    case 'share':
      return share(dataset, ref.dimension, resolveSegment(dataset, ref.dimension, ref.segment));
  }
}

/** The expected answer of a question on a dataset: a number, or a category label. */
export function expectedAnswer(question: Question, dataset: Dataset): number | string {
  if (question.kind === 'numeric') return evaluateMetric(dataset, question.metric);
  return resolveSegment(dataset, question.dimension, question.answer);
}

/** Half a unit of the question's last decimal place: the widest error still graded correct. */
export function tolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}
