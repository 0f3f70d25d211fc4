import { describe, expect, it } from 'vitest';
import { defaultEditorSettings, parseEditorSettings } from './editor-settings';

describe('parseEditorSettings', () => {
  it('keeps valid saved values', () => {
    expect(parseEditorSettings(JSON.stringify({ fontSize: 18, tabSize: 2, keyBinding: 'vim' }))).toEqual({ fontSize: 18, tabSize: 2, keyBinding: 'vim' });
  });
  it('falls back per field', () => {
    expect(parseEditorSettings(JSON.stringify({ fontSize: 99, tabSize: 2, keyBinding: 'nano' }))).toEqual({ ...defaultEditorSettings, tabSize: 2 });
    expect(parseEditorSettings('{oops')).toEqual(defaultEditorSettings);
    expect(parseEditorSettings(null)).toEqual(defaultEditorSettings);
    expect(parseEditorSettings('42')).toEqual(defaultEditorSettings);
  });
});
