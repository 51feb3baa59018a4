/**
 * `class Range implements ApiSubset<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>`
 * proves each emulated method exists in Google's typings with compatible parameters and,
 * for plain values, the same return type. Object returns are not compared, because they
 * name Google's full interfaces, which the emulator implements only in part.
 */
type Loosen<R> = R extends string | number | boolean | null | undefined | void ? R : unknown;

export type ApiSubset<I, K extends keyof I> = {
  [P in K]: I[P] extends (...args: infer A) => infer R ? (...args: A) => Loosen<R> : I[P];
};
