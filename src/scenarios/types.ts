import type { GeneratorSpec, Question } from '../engine';

/** A scenario: the dataset it generates and the questions asked about it. */
export interface Scenario {
  /** Stable id that modules refer to and that seeds derive from; never rename it. */
  id: string;
  title: string;
  /** What the learner is told about the data before the questions. */
  brief: string;
  spec: GeneratorSpec;
  questions: readonly Question[];
}
