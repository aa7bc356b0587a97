/**
 * A recogniser is one reading heuristic with a name: given one line (or block) of a plan, it
 * says what the line is, or undefined when it is not one. Each lives in its own file under
 * `recognisers/` with a table of real lines it accepts and rejects (test/lesson/recognisers).
 */
export interface Recogniser<T> {
  readonly name: string;
  read(text: string): T | undefined;
}

export const recogniser = <T>(name: string, read: (text: string) => T | undefined): Recogniser<T> => ({
  name,
  read,
});
