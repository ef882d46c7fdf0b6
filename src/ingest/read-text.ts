import { toDocument } from "./document.js";
import { one, type Reader } from "./types.js";

/** Plain text as it is: offsets, lines and columns point into the file. */
const readText: Reader = ({ path, id, text }) => one(toDocument(id, path, text));
export default readText;
