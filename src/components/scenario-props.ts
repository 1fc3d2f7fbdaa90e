import { expectedAnswer, generate, variantSeed } from '../engine';
import { getScenario, type Scenario } from '../scenarios';

/** The props an instructor may give `<Scenario>` in a module. */
export interface ScenarioProps {
  /** Id of a scenario registered in src/scenarios. */
  id: string;
  /** Rows per page of the data table, from 5 to 100; 20 when left out. */
  pageSize?: number;
}

const KNOWN_PROPS = ['id', 'pageSize'];

// Variants checked at build time: enough to catch a question that cannot be
// computed, few enough to keep the build quick.
const CHECKED_VARIANTS = 5;

/**
 * Checks the props of a `<Scenario>` in a module file and returns them typed.
 * Throws a message that names the file, the prop, the value received and what
 * is allowed, so that the build stops on an authoring mistake.
 */
export function checkScenarioProps(props: Record<string, unknown>, file: string): ScenarioProps {
  const fail = (problem: string, hint: string): never => {
    throw new Error(`${file}: <Scenario> ${problem}. ${hint}`);
  };

  for (const name of Object.keys(props)) {
    if (!KNOWN_PROPS.includes(name)) {
      fail(
        `has an unknown prop "${name}"`,
        `Allowed props: ${KNOWN_PROPS.join(', ')}, as in <Scenario id="product-share" />.`,
      );
    }
  }

  const { id, pageSize } = props;
  if (typeof id !== 'string' || id === '') {
    fail(
      `prop "id" must be a scenario id string, got ${describe(id)}`,
      'Write <Scenario id="product-share" />.',
    );
  }
  try {
    getScenario(id as string);
  } catch (error) {
    fail(
      `prop "id" is invalid: ${(error as Error).message.replace(/\.$/, '')}`,
      'Use one of the ids above.',
    );
  }

  if (
    pageSize !== undefined &&
    !(Number.isInteger(pageSize) && (pageSize as number) >= 5 && (pageSize as number) <= 100)
  ) {
    fail(
      `prop "pageSize" must be a whole number from 5 to 100, got ${describe(pageSize)}`,
      typeof pageSize === 'string'
        ? `Write the number in braces, pageSize={${pageSize}}, not in quotes.`
        : 'Leave it out for 20 rows a page.',
    );
  }

  return { id: id as string, pageSize: pageSize as number | undefined };
}

/**
 * Computes every question's answer on the first variants of a scenario, and
 * throws, naming the scenario and the question, when one cannot be computed.
 */
export function checkScenarioAnswers(scenario: Scenario, file: string): void {
  for (let variant = 0; variant < CHECKED_VARIANTS; variant++) {
    const dataset = generate(scenario.spec, variantSeed(scenario.id, variant));
    for (const question of scenario.questions) {
      try {
        expectedAnswer(question, dataset);
      } catch (error) {
        throw new Error(
          `${file}: scenario "${scenario.id}", question "${question.id}" has no answer in variant ${variant + 1}: ${(error as Error).message} Change the question or the spec in src/scenarios.`,
        );
      }
    }
  }
}

function describe(value: unknown): string {
  return typeof value === 'string'
    ? `the string "${value}"`
    : `${JSON.stringify(value) ?? String(value)} (${typeof value})`;
}
