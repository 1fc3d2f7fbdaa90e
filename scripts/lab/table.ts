/** Column alignment: text to the left, numbers to the right. */
export type Align = 'left' | 'right';

/**
 * Lays out rows as a table with columns two spaces apart, indented by two spaces.
 * The first row is the heading. Trailing spaces are trimmed from every line.
 */
export function table(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }

  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const width = widths[column] as number;
      return align[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
    });
    return `  ${cells.join('  ')}`.trimEnd();
  });
}

/** Lays out label and value pairs, values aligned in one column. */
export function pairs(entries: readonly (readonly [string, string])[]): string[] {
  return table(entries, ['left', 'left']);
}
