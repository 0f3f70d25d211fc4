'use client';

export function SignOutButton() {
  return (
    <button
      type="button"
      className="button ghost"
      onClick={async () => {
        await fetch('/api/auth/signout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        window.location.href = '/';
      }}
    >
      Sign out
    </button>
  );
}
