import type { LanguageId } from '@quickcode/protocol';
import type { LanguageDefinition } from './definition.js';
import { c } from './c/definition.js';
import { cpp } from './cpp/definition.js';
import { go } from './go/definition.js';
import { java } from './java/definition.js';
import { javascript } from './javascript/definition.js';
import { python } from './python/definition.js';
import { rust } from './rust/definition.js';
import { typescript } from './typescript/definition.js';

/** Every language, in the protocol's order (the order menus show them in). */
export const languages: Record<LanguageId, LanguageDefinition> = { python, javascript, typescript, cpp, java, go, rust, c };
