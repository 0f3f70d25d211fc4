import type { LanguageId, ProblemKind } from '@quickcode/protocol';

export interface WorkspaceProblem {
  slug: string;
  title: string;
  kind: ProblemKind;
  starterCode: Record<string, string>;
  sampleTests: string[];
  sampleExpected: string[];
  /** Parameter names of a function problem, in order. */
  params: string[];
}

export interface LanguageOption {
  id: LanguageId;
  label: string;
  version?: string;
  /** Whether a live worker offers it right now. */
  available: boolean;
}
