// The pure part of every language: safe in the browser (tested in registry.test.ts).
// The worker's part is '@quickcode/languages/toolchain'.
export { languages } from './registry.js';
export { starterCode } from './starter-code.js';
export { languageOfFile } from './language-of-file.js';
export { lowerFirst, parseType, pascalCase, snakeCase, usesType, type BaseType, type ProblemShape, type ScalarType, type TypeRef } from './value-types.js';
export type { LanguageDefinition, StarterTemplates } from './definition.js';
