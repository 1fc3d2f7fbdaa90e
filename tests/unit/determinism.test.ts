import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  averageCallDurationsBy,
  countsBy,
  datasetToCsv,
  generate,
  importCsv,
  isoDate,
  repeatRate,
  sharesBy,
  variantSeed,
  weekdayName,
  type GeneratorSpec,
} from '../../src/engine';
import { getScenario } from '../../src/scenarios';
import { LUMEN_HOME } from '../../src/scenarios/lumen-home';
import { GOLDEN } from '../golden/digest';

const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

function goldenCsv(): string {
  const scenario = getScenario(GOLDEN.scenarioId);
  return datasetToCsv(generate(scenario.spec, variantSeed(scenario.id, GOLDEN.variant)));
}

describe('golden dataset', () => {
  it('matches the committed digest', () => {
    const digest = createHash('sha256').update(goldenCsv(), 'utf8').digest('hex');
    expect(digest).toBe(GOLDEN.sha256);
  });

  it('is the same in every time zone', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = zone;
      const digest = createHash('sha256').update(goldenCsv(), 'utf8').digest('hex');
      expect(digest, zone).toBe(GOLDEN.sha256);
    }
  });
});

describe('daylight saving', () => {
  // Europe moves its clocks on Sunday 29 March 2026 and the United States on
  // Sunday 8 March 2026: weeks that span both changes.
  const weeks: GeneratorSpec = {
    ...LUMEN_HOME,
    startDate: '2026-03-02',
    weeks: 4,
    interactions: { min: 700, max: 700 },
  };

  it('keeps seven distinct dates a week', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'UTC']) {
      process.env.TZ = zone;
      const dataset = generate(weeks, 11);
      const dates = new Set(Array.from(dataset.day, (day) => isoDate(day)));
      expect(dates.size, zone).toBe(28);
      expect(weekdayName(Math.min(...dataset.day)), zone).toBe('Monday');
      expect(isoDate(Math.max(...dataset.day)), zone).toBe('2026-03-29');
    }
  });
});

// The import orders labels by first appearance, the generator by the spec.
function byLabel<T extends { label: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.label.localeCompare(b.label));
}

describe('CSV round trip', () => {
  it('gives the same metrics after export and import', () => {
    const scenario = getScenario('agent-durations');
    const original = generate(scenario.spec, variantSeed(scenario.id, 3));
    const { dataset: imported, problems } = importCsv(datasetToCsv(original));

    expect(problems).toEqual([]);
    expect(imported.size).toBe(original.size);
    for (const dimension of ['product', 'channel', 'agent', 'issueType', 'weekday'] as const) {
      expect(byLabel(sharesBy(imported, dimension)), dimension).toEqual(
        byLabel(sharesBy(original, dimension)),
      );
    }
    expect(byLabel(averageCallDurationsBy(imported, 'agent'))).toEqual(
      byLabel(averageCallDurationsBy(original, 'agent')),
    );
    expect(repeatRate(imported)).toBe(repeatRate(original));
    expect(byLabel(countsBy(imported, 'region'))).toEqual(byLabel(countsBy(original, 'region')));
  });
});
