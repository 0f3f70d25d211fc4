import Link from 'next/link';
import { ConnectionIndicator } from './ConnectionIndicator';
import { SignOutButton } from './SignOutButton';
import { ThemeToggle } from './ThemeToggle';

export function Header({ user, theme }: { user?: { username: string | null; isGuest: boolean }; theme: 'dark' | 'light' }) {
  const signedIn = user && !user.isGuest && user.username;
  return (
    <header className="header">
      <nav className="nav" aria-label="Main">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">{'</>'}</span> QuickCode
        </Link>
        <Link href="/">Problems</Link>
      </nav>
      <div className="header-right">
        <ConnectionIndicator />
        <ThemeToggle initial={theme} />
        {signedIn ? (
          <>
            <Link href="/profile" className="user-link">
              {user.username}
            </Link>
            <SignOutButton />
          </>
        ) : (
          <>
            <span className="muted small">Guest</span>
            <Link href="/signin" className="button ghost">
              Sign in
            </Link>
            <Link href="/signup" className="button primary">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
