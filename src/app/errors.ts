/** The unreadable-input error every adapter throws, for the entries to tell it (exit 2, a French line). */
export { UnreadableInput } from "../grid";
