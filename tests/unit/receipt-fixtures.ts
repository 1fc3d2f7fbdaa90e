import {
  encodeChoices,
  expectedAnswer,
  formatRounded,
  generate,
  variantSeed,
  type Question,
  type Receipt,
  type ReceiptAnswer,
} from '../../src/engine';
import type { Scenario } from '../../src/scenarios';

/** Returns the text a learner types or stores for the right answer to a question. */
export function answerText(question: Question, expected: number | string | string[]): string {
  if (question.kind === 'numeric') return formatRounded(expected as number, question.decimals);
  if (question.kind === 'choices') return encodeChoices(expected as string[]);
  return expected as string;
}

/**
 * Builds the receipt of a learner who answered every question of a variant
 * right on the first attempt, with nothing revealed.
 */
export function correctReceipt(
  scenario: Scenario,
  fields: { module: string; variant: number; learner: string; completedAt: string },
): Receipt {
  const dataset = generate(scenario.spec, variantSeed(scenario.id, fields.variant, fields.learner));
  const answers: ReceiptAnswer[] = scenario.questions.map((question) => ({
    id: question.id,
    answer: answerText(question, expectedAnswer(question, dataset)),
    attempts: 1,
    revealed: false,
  }));
  return { ...fields, scenario: scenario.id, answers };
}
