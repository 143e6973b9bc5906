// Makes the command line's bundle pure ASCII, so that bin/plafond.js reads it as Latin-1 (half
// the time of UTF-8 decoding, and a one-byte string for V8). esbuild escapes strings and templates
// but leaves regular expressions and String.raw templates as written (French letters, €, «, –).
// Each is rewritten to the same value: in a regular expression `é` becomes `\u00e9` (the same
// character to RegExp, in and out of classes, with or without the u flag); a String.raw template
// is cut around the character, String.raw`a°b` → (String.raw`a`+"\u00b0"+String.raw`b`).
const ts = require("typescript");

const hex = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A regular expression literal in ASCII. `\é` (an identity escape, which only a regular
 * expression without the u flag allows) is `é` itself: it becomes `\u00e9`, not `\\u00e9`.
 */
function asciiRegExp(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      const next = text[i + 1];
      out += NON_ASCII.test(next) ? hex(next) : c + next;
      i++;
    } else out += NON_ASCII.test(c) ? hex(c) : c;
  }
  return out;
}

/** A String.raw template whose text holds non-ASCII characters, as an exactly equal expression. */
function splitRaw(text) {
  // text is the template with its backquotes; substitutions `${…}` stay in their piece.
  const body = text.slice(1, -1);
  const parts = [];
  let piece = "";
  for (const c of body) {
    if (NON_ASCII.test(c)) {
      parts.push(`String.raw\`${piece}\``, JSON.stringify(c).replace(NON_ASCII, hex));
      piece = "";
    } else piece += c;
  }
  parts.push(`String.raw\`${piece}\``);
  return `(${parts.join("+")})`;
}

/** The bundle's text with its regular expressions and String.raw templates in ASCII. */
function asciiBundle(code) {
  if (!NON_ASCII.test(code)) return code;
  const sf = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = node.getText(sf);
      if (NON_ASCII.test(t) && !/[\ud800-\udfff]/.test(t))
        edits.push([node.getStart(sf), node.end, asciiRegExp(t)]);
    } else if (
      ts.isTaggedTemplateExpression(node) &&
      node.tag.getText(sf) === "String.raw" &&
      // Substitutions make the cut harder to prove right: none has a non-ASCII piece today.
      node.template.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral
    ) {
      const t = node.template.getText(sf);
      // A backslash before the character would be cut from it (String.raw`a\` does not parse):
      // such a template stays as written, and the bundle is read as UTF-8.
      if (NON_ASCII.test(t) && !/[\ud800-\udfff]/.test(t) && !/\\[\u0080-\uffff]/.test(t))
        edits.push([node.getStart(sf), node.end, splitRaw(t)]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // The edits never overlap (a rewritten node's children are not visited): joined in one pass.
  const parts = [];
  let last = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    parts.push(code.slice(last, start), text);
    last = end;
  }
  parts.push(code.slice(last));
  return parts.join("");
}

module.exports = { asciiBundle };
