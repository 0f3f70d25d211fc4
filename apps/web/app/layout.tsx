import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Header } from '../components/layout/Header';
import { currentUser } from '../lib/current-user';
import { chosenTheme } from '../lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'QuickCode', template: '%s · QuickCode' },
  description: 'Practice coding problems with live verdicts.',
};

// Every page reads the database and the viewer's session: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [theme, user] = await Promise.all([chosenTheme(), currentUser()]);
  return (
    // No data-theme until one is chosen: the stylesheet then follows the operating system.
    <html lang="en" data-theme={theme}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Header user={user ? { username: user.username, isGuest: user.isGuest } : undefined} theme={theme} />
        <main className="main" id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
