import type { CategoricalField } from './dataset';

/** A field whose rarest values were merged into `Other`. */
export interface FoldedField {
  field: CategoricalField;
  /** Distinct values in the file. */
  distinct: number;
  /** Distinct values now shown as `Other`, counting an `Other` the file already had. */
  folded: number;
}

/** Most distinct labels a field can have, because the dataset stores codes in a Uint8Array. */
export const MAX_LABELS = 256;
export const OTHER_LABEL = 'Other';

/**
 * Replaces, in place, the labels of every field that has more than 256 distinct
 * values: the 255 most frequent stay and the rest become `Other`. Ties keep the
 * value that appears first. Returns the fields it changed.
 */
export function foldRareLabels(labels: Record<CategoricalField, string[]>): FoldedField[] {
  const changed: FoldedField[] = [];

  for (const [field, column] of Object.entries(labels) as [CategoricalField, string[]][]) {
    // A Map iterates in insertion order, so equal counts stay in order of first appearance.
    const counts = new Map<string, number>();
    for (const label of column) counts.set(label, (counts.get(label) ?? 0) + 1);
    if (counts.size <= MAX_LABELS) continue;

    const ranked = [...counts].filter(([label]) => label !== OTHER_LABEL);
    ranked.sort((a, b) => b[1] - a[1]);
    const keptLabels = new Set(ranked.slice(0, MAX_LABELS - 1).map(([label]) => label));

    for (let i = 0; i < column.length; i++) {
      if (!keptLabels.has(column[i] as string)) column[i] = OTHER_LABEL;
    }
    changed.push({ field, distinct: counts.size, folded: counts.size - keptLabels.size });
  }

  return changed;
}
