import type { LanguageId } from '@quickcode/protocol';
import { languages } from './registry.js';

/** The language of a program file, by its extension (`solutions/reference.py` -> python). */
export function languageOfFile(file: string): LanguageId | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  return Object.values(languages).find((l) => l.extension === ext)?.id;
}
