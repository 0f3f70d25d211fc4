'use client';

import { useState, type FormEvent } from 'react';
import { credentialsProblem } from '../../lib/account-schema';
import { safeReturnPath } from '../../lib/return-to';

export function AuthForm({ mode }: { mode: 'signin' | 'signup' }) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const label = mode === 'signin' ? 'Sign in' : 'Sign up';

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') };
    const problem = mode === 'signup' ? credentialsProblem(body) : undefined;
    if (problem) return setError(problem);
    setPending(true);
    setError(undefined);
    try {
      const res = await fetch(`/api/auth/${mode}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) {
        const payload = (await res.json().catch(() => undefined)) as { error?: { message: string } } | undefined;
        setError(payload?.error?.message ?? `${label} failed; try again.`);
        return;
      }
      // Back to the page that sent the viewer here, else the profile (new account) or the list.
      const next = new URLSearchParams(window.location.search).get('next');
      window.location.href = safeReturnPath(next, mode === 'signup' ? '/profile' : '/');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <label>
        Username
        <input type="text" name="username" autoComplete="username" required />
      </label>
      <label>
        Password
        <input type="password" name="password" autoComplete={mode === 'signin' ? 'current-password' : 'new-password'} required />
      </label>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
