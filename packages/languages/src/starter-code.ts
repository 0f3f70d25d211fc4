import type { FunctionSignature, LanguageId, ProblemConfig } from '@quickcode/protocol';
import { languages } from './registry.js';
import { usesType } from './value-types.js';

/**
 * The code shown in the editor before the user types, as LeetCode shows it: the class or
 * function with LeetCode's names and types, the commented ListNode/TreeNode definitions
 * when the signature uses them, and for design problems the usage comment. stdio problems
 * get a small program that reads standard input. Each language's templates are in its folder.
 */
export function starterCode(config: ProblemConfig): Record<LanguageId, string> {
  const out = {} as Record<LanguageId, string>;
  for (const { id, starter } of Object.values(languages)) {
    if (config.kind === 'stdio') {
      out[id] = starter.stdio;
      continue;
    }
    const header = (usesType(config, 'ListNode') ? starter.listHeader : '') + (usesType(config, 'TreeNode') ? starter.treeHeader : '');
    const body = config.kind === 'design' && config.design ? starter.design(config.design) : starter.fn(config.function as FunctionSignature);
    out[id] = header + body;
  }
  return out;
}
