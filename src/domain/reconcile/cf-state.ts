import type { CodeProblem } from "../codes";
import type { EngagementLine } from "../model";
import type { LineAcc } from "./lines";

/** Per centre financier: does it count, and its year map (one lookup per line instead of four). */
export type CfState = {
  counts: boolean;
  wellFormed: boolean;
  years: Map<number, LineAcc> | null;
  last: EngagementLine | null;
  problems: CodeProblem[];
};
