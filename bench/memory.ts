import { generate, type Dataset } from '../src/engine';
import { BENCH_SEED, benchSpec } from './spec';

/** The memory a dataset's columns take. */
export interface MemoryFigures {
  size: number;
  /** Sum of the byteLength of the dataset's typed arrays. */
  typedArrayBytes: number;
  bytesPerInteraction: number;
  /**
   * Growth of `process.memoryUsage().arrayBuffers` across a fresh `generate`, per
   * interaction, with full garbage collections before and after. Null when Node
   * runs without --expose-gc, because uncollected garbage would then distort it.
   */
  measuredBytesPerInteraction: number | null;
}

/** Measures the memory of `dataset`, and cross-checks it on a second dataset of the same spec. */
export function measureMemory(dataset: Dataset): MemoryFigures {
  const typedArrayBytes = typedArrays(dataset).reduce((sum, array) => sum + array.byteLength, 0);
  return {
    size: dataset.size,
    typedArrayBytes,
    bytesPerInteraction: typedArrayBytes / dataset.size,
    measuredBytesPerInteraction: measureArrayBufferGrowth(dataset.size),
  };
}

function typedArrays(dataset: Dataset): ArrayBufferView[] {
  const columns = [...Object.values(dataset), ...Object.values(dataset.codes)];
  return columns.filter((value): value is ArrayBufferView => ArrayBuffer.isView(value));
}

function measureArrayBufferGrowth(size: number): number | null {
  const gc = globalThis.gc;
  if (gc === undefined) return null;

  // NOTE: after the answer-key checks, one collection before the first reading
  // left about 8 MB of dead buffers counted, and the figure came out 8 bytes per
  // row low. Two collections gave the exact figure; why one is not enough is unknown.
  const collectGarbage = () => {
    gc();
    gc();
  };

  collectGarbage();
  const before = process.memoryUsage().arrayBuffers;
  const dataset = generate(benchSpec(size), BENCH_SEED);
  collectGarbage();
  const after = process.memoryUsage().arrayBuffers;

  // Reading the dataset after the second measurement keeps it alive through it.
  if (dataset.size !== size) throw new Error(`Expected ${size} interactions, got ${dataset.size}.`);
  return (after - before) / size;
}
