/** Cells, raw sheets and the workbook-source port: a leaf that imports nothing of the project. */
export * from "./cells";
export * from "./errors";
export * from "./link";
export * from "./serial";
export * from "./sheet";
export * from "./text";
export * from "./file";
