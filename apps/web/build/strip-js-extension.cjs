/* global module */
// Turbopack loader for the workspace packages: their TypeScript sources import siblings
// as './x.js' (Node ESM style), which Turbopack cannot map to './x.ts' (vercel/next.js#82945).
// Dropping the extension from relative specifiers lets its ordinary resolution find them.
const RELATIVE_JS = /((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+?)\.js(['"])/g;

module.exports = function stripJsExtension(source) {
  return source.replace(RELATIVE_JS, '$1$2');
};
