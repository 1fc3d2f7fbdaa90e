import { csvParse } from 'd3-dsv';
import { afterEach, describe, expect, it } from 'vitest';
import {
  datasetToCsv,
  generate,
  isCall,
  rankBy,
  rowAt,
  segmentAtRank,
  variantSeed,
  type GeneratorSpec,
} from '../../src/engine';
import { productShare } from '../../src/scenarios/product-share';

const spec = productShare.spec;

/** Returns the scenario spec with its planted product share replaced. */
function withPlant(productShare: NonNullable<GeneratorSpec['plant']>['productShare']) {
  return { ...spec, plant: { productShare } };
}

describe('generate determinism', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would store the string "undefined".
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it('gives the same CSV for the same seed', () => {
    expect(datasetToCsv(generate(spec, 12345))).toBe(datasetToCsv(generate(spec, 12345)));
  });

  it('gives different CSVs for different seeds', () => {
    expect(datasetToCsv(generate(spec, 1))).not.toBe(datasetToCsv(generate(spec, 2)));
  });

  it('ignores the time zone', () => {
    const seed = variantSeed('product-share', 0);
    process.env.TZ = 'UTC';
    const utc = datasetToCsv(generate(spec, seed));
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = datasetToCsv(generate(spec, seed));
    process.env.TZ = 'Asia/Tokyo';
    const tokyo = datasetToCsv(generate(spec, seed));

    // Node reads TZ again when it changes, so local time really moved to UTC+9.
    expect(new Date(0).getTimezoneOffset()).toBe(-540);
    expect(losAngeles).toBe(utc);
    expect(tokyo).toBe(utc);
  });

  it('rejects an invalid seed', () => {
    expect(() => generate(spec, -1)).toThrow(
      'Invalid seed -1: expected a whole number from 0 to 4294967295.',
    );
  });
});

describe('generate planted pattern', () => {
  const variants = Array.from({ length: 40 }, (_, variant) => ({
    variant,
    dataset: generate(spec, variantSeed('product-share', variant)),
  }));

  it('draws a size within 600 to 900', () => {
    for (const { variant, dataset } of variants) {
      expect(dataset.size, `variant ${variant}`).toBeGreaterThanOrEqual(600);
      expect(dataset.size, `variant ${variant}`).toBeLessThanOrEqual(900);
    }
  });

  it('gives the leading product 42 to 52 percent', () => {
    for (const { variant, dataset } of variants) {
      const [leader] = rankBy(dataset, 'product');
      const leaderShare = ((leader?.count ?? 0) / dataset.size) * 100;
      expect(leaderShare, `variant ${variant}`).toBeGreaterThanOrEqual(42);
      expect(leaderShare, `variant ${variant}`).toBeLessThanOrEqual(52);
    }
  });

  it('leads the next product by 12 points', () => {
    for (const { variant, dataset } of variants) {
      const [leader, runnerUp] = rankBy(dataset, 'product');
      const lead = (((leader?.count ?? 0) - (runnerUp?.count ?? 0)) / dataset.size) * 100;
      expect(lead, `variant ${variant}`).toBeGreaterThanOrEqual(12);
    }
  });

  it('has a single leading product', () => {
    for (const { variant, dataset } of variants) {
      expect(segmentAtRank(dataset, 'product', 1), `variant ${variant}`).toBeDefined();
    }
  });

  it('varies the leading product across variants', () => {
    const leaders = new Set(variants.map(({ dataset }) => rankBy(dataset, 'product')[0]?.label));
    expect(leaders.size).toBeGreaterThan(1);
  });

  it('gives calls a duration of 30 to 3600 seconds', () => {
    for (const { variant, dataset } of variants) {
      for (let i = 0; i < dataset.size; i++) {
        if (!isCall(dataset, i)) continue;
        const seconds = dataset.duration[i] as number;
        expect(seconds, `variant ${variant} row ${i}`).toBeGreaterThanOrEqual(30);
        expect(seconds, `variant ${variant} row ${i}`).toBeLessThanOrEqual(3600);
      }
    }
  });

  it('gives non-calls no duration', () => {
    for (const { variant, dataset } of variants) {
      for (let i = 0; i < dataset.size; i++) {
        if (isCall(dataset, i)) continue;
        expect(dataset.duration[i], `variant ${variant} row ${i}`).toBe(0);
        expect(rowAt(dataset, i).durationSeconds, `variant ${variant} row ${i}`).toBeUndefined();
      }
    }
  });

  it('marks Phone as the call channel', () => {
    for (const { dataset } of variants) {
      expect(dataset.labels.channel[dataset.callChannel]).toBe('Phone');
    }
  });

  it('keeps dates inside the two weeks', () => {
    // 2026-11-02 is day 20759 since 1970-01-01, and two weeks end on day 20772.
    for (const { variant, dataset } of variants) {
      expect(Math.min(...dataset.day), `variant ${variant}`).toBeGreaterThanOrEqual(20759);
      expect(Math.max(...dataset.day), `variant ${variant}`).toBeLessThanOrEqual(20772);
    }
  });

  it('writes a CSV row per interaction with no NaN', () => {
    const { dataset } = variants[0] as (typeof variants)[number];
    const csv = datasetToCsv(dataset);
    expect(csvParse(csv.slice(1))).toHaveLength(dataset.size);
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('generate spec validation', () => {
  it('rejects a start date that is not a Monday', () => {
    // 2026-11-03 is a Tuesday.
    expect(() => generate({ ...spec, startDate: '2026-11-03' }, 1)).toThrow(
      'Invalid generator spec: startDate "2026-11-03" is not a Monday.',
    );
  });

  it('rejects a start date that does not exist', () => {
    expect(() => generate({ ...spec, startDate: '2026-02-30' }, 1)).toThrow(
      'Invalid generator spec: startDate "2026-02-30" is not a valid YYYY-MM-DD date.',
    );
  });

  it('rejects an unknown planted product', () => {
    const planted = withPlant({ product: 'Blender', share: { min: 42, max: 52 }, lead: 12 });
    expect(() => generate(planted, 1)).toThrow(
      'Invalid generator spec: plant.productShare.product "Blender" is not one of the products (Aurora Kettle, Breeze Fan, Cinder Toaster, Drift Humidifier).',
    );
  });

  it('rejects a lead above the minimum share', () => {
    const planted = withPlant({ share: { min: 42, max: 52 }, lead: 50 });
    expect(() => generate(planted, 1)).toThrow('plant.productShare.lead');
  });

  it('rejects a share range past 100', () => {
    const planted = withPlant({ share: { min: 90, max: 110 }, lead: 12 });
    expect(() => generate(planted, 1)).toThrow('plant.productShare.share');
  });

  it('rejects zero weeks', () => {
    expect(() => generate({ ...spec, weeks: 0 }, 1)).toThrow(
      'Invalid generator spec: weeks must be a whole number of at least 1, got 0.',
    );
  });

  it('rejects an unknown call channel', () => {
    expect(() => generate({ ...spec, callChannel: 'Fax' }, 1)).toThrow(
      'Invalid generator spec: callChannel "Fax" is not one of the channels.',
    );
  });

  it('rejects a label listed twice', () => {
    const product = [...spec.product, { label: 'Breeze Fan', weight: 5 }];
    expect(() => generate({ ...spec, product }, 1)).toThrow(
      'Invalid generator spec: product lists a label twice.',
    );
  });

  it('rejects six weekday weights', () => {
    expect(() => generate({ ...spec, weekdayWeights: [1, 1, 1, 1, 1, 1] }, 1)).toThrow(
      'weekdayWeights',
    );
  });

  it('rejects a spec it cannot meet', () => {
    // Three interactions over four products give shares of 0, 33.3, 66.7 or 100%,
    // never 95 to 96%, in every attempt.
    const impossible = {
      ...withPlant({ share: { min: 95, max: 96 }, lead: 90 }),
      interactions: { min: 3, max: 3 },
    };
    expect(() => generate(impossible, 7)).toThrow('Cannot generate a dataset for seed 7: ');
  });
});
