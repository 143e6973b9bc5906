/**
 * What a CONV function answers. Computations build plain values and Failures (no Office global
 * needed, so they are pure); a Failure becomes a CustomFunctions.Error only when the functions'
 * entry hands it to Excel (src/functions/to-excel.ts).
 */
export type ErrorLiteral = "#VALUE!" | "#N/A" | "#DIV/0!";

export interface Failure {
  readonly failure: ErrorLiteral;
  /** Shown in the cell's error flag; Excel takes none for #DIV/0!. */
  readonly message?: string;
}

export type Table = (string | number)[][];
export type Value = number | string | Table | Failure;

export const invalidValue = (message: string): Failure => ({ failure: "#VALUE!", message });
export const notAvailable = (message: string): Failure => ({ failure: "#N/A", message });
export const divisionByZero: Failure = { failure: "#DIV/0!" };

export function isFailure(v: unknown): v is Failure {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as Failure).failure === "string"
  );
}

function sameTable(a: Table, b: Table): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** Equal answers: a stream does not push a result its cells already show. */
export function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && sameTable(a, b);
  if (isFailure(a) || isFailure(b))
    return isFailure(a) && isFailure(b) && a.failure === b.failure && a.message === b.message;
  return a === b;
}
