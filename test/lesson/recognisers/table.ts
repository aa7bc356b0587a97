import { describe, expect, it } from 'vitest';
import type { Recogniser } from '../../../shared/lesson/read/recogniser';

/**
 * A recogniser's table of real lines, stylelint's habit: every `accept` line is recognised
 * (with what it reads, where given as a pair), every `reject` line is not.
 */
export function recogniserTable<T>(
  recogniser: Recogniser<T>,
  table: { accept: (string | [string, T])[]; reject: string[] },
): void {
  describe(recogniser.name, () => {
    const accepted = table.accept.map((entry): [string, T | undefined] =>
      typeof entry === 'string' ? [entry, undefined] : entry,
    );
    it.each(accepted)('accepts %j', (line, reads) => {
      const result = recogniser.read(line);
      expect(result).not.toBeUndefined();
      if (reads !== undefined) expect(result).toEqual(reads);
    });
    it.each(table.reject)('rejects %j', (line) => {
      expect(recogniser.read(line)).toBeUndefined();
    });
  });
}
