/** Array helpers safe at any size (no spread of a large array into a call), for the entries. */
export { appendAll, maxOf, minOf } from "../domain/arrays";
