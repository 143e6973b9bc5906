import type { IssueCode } from "../issues";

/** How a UO-year's checks report an issue: its code, the credit (AE or CP) and the message. */
export type Emit = (code: IssueCode, field: "ae" | "cp", message: string) => void;
