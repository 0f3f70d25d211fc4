'use client';

import type { editor } from 'monaco-editor';
import type { KeyBinding } from '../../lib/editor-settings';

/**
 * Turn on Vim or Emacs key bindings (loaded only when chosen); returns what turns them off.
 * Vim's mode and pending keys show in `status`.
 */
export async function enableKeyBinding(target: editor.IStandaloneCodeEditor, binding: KeyBinding, status: HTMLElement): Promise<() => void> {
  if (binding === 'vim') {
    const { initVimMode } = await import('monaco-vim');
    const vim = initVimMode(target, status);
    return () => vim.dispose();
  }
  if (binding === 'emacs') {
    const { EmacsExtension } = await import('monaco-emacs');
    const emacs = new EmacsExtension(target);
    emacs.start();
    status.textContent = 'Emacs';
    return () => {
      emacs.dispose();
      status.textContent = '';
    };
  }
  return () => {};
}
