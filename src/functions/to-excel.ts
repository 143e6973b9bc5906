/* global CustomFunctions */
/** A CONV answer as Excel takes it (CustomFunctionsRuntime 1.3 for error codes with a message). */
import { isFailure, type ErrorLiteral, type Table, type Value } from "../app/conv/result";

const CODES: Record<ErrorLiteral, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#DIV/0!": () => CustomFunctions.ErrorCode.divisionByZero,
};

export function toExcel(v: Value): number | string | Table | CustomFunctions.Error {
  if (!isFailure(v)) return v;
  const code = CODES[v.failure]();
  return v.message === undefined
    ? new CustomFunctions.Error(code)
    : new CustomFunctions.Error(code, v.message);
}
