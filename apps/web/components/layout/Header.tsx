import Link from 'next/link';
import { ConnectionIndicator } from './ConnectionIndicator';
import { SignInLink } from './SignInLink';
import { SignOutButton } from './SignOutButton';
import { ThemeToggle } from './ThemeToggle';

export function Header({ user, theme }: { user?: { username: string | null; isGuest: boolean }; theme: 'dark' | 'light' | undefined }) {
  const signedIn = user && !user.isGuest && user.username;
  return (
    <header className="header">
      <nav className="nav" aria-label="Main">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            {'</>'}
          </span>{' '}
          QuickCode
        </Link>
        <Link href="/">Problems</Link>
      </nav>
      <div className="header-right">
        <ConnectionIndicator />
        <ThemeToggle initial={theme} />
        {signedIn ? (
          <>
            <Link href={`/u/${encodeURIComponent(user.username ?? '')}`} className="user-link">
              {user.username}
            </Link>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/profile" className="muted small guest-link">
              Guest
            </Link>
            <SignInLink className="button ghost">Sign in</SignInLink>
            <SignInLink page="/signup" className="button primary">
              Sign up
            </SignInLink>
          </>
        )}
      </div>
    </header>
  );
}
