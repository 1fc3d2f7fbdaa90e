import { describe, expect, it } from 'vitest';
import { expectedAnswer, generate, variantSeed, workedSolution } from '../../src/engine';
import { getScenario, SCENARIOS } from '../../src/scenarios';

const VARIANTS = 25;

describe.each(Object.values(SCENARIOS))('scenario $id', (scenario) => {
  it('answers every question in every variant', () => {
    for (let variant = 0; variant < VARIANTS; variant++) {
      const dataset = generate(scenario.spec, variantSeed(scenario.id, variant));
      for (const question of scenario.questions) {
        const answer = expectedAnswer(question, dataset);
        if (typeof answer === 'number') expect(Number.isFinite(answer)).toBe(true);
        else expect(answer.length).toBeGreaterThan(0);
        expect(workedSolution(question, dataset).steps.join(' ')).not.toMatch(
          /NaN|Infinity|undefined/,
        );
      }
    }
  });

  it('has unique question ids', () => {
    const ids = scenario.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives different data per variant', () => {
    const first = generate(scenario.spec, variantSeed(scenario.id, 0));
    const second = generate(scenario.spec, variantSeed(scenario.id, 1));
    expect(first.size === second.size && first.day.every((day, i) => day === second.day[i])).toBe(
      false,
    );
  });
});

describe('getScenario', () => {
  it('rejects an unknown id and lists the known ones', () => {
    expect(() => getScenario('nope')).toThrow(
      `Unknown scenario id "nope". Known scenario ids: ${Object.keys(SCENARIOS).join(', ')}.`,
    );
  });

  it('rejects an Object property name', () => {
    expect(() => getScenario('constructor')).toThrow('Unknown scenario id "constructor".');
  });
});
