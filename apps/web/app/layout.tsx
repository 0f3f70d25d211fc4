import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Header } from '../components/layout/Header';
import { currentTheme, currentUser } from '../lib/current-user';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'QuickCode', template: '%s · QuickCode' },
  description: 'Practice coding problems with live verdicts.',
};

// Every page reads the database and the viewer's session: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [theme, user] = await Promise.all([currentTheme(), currentUser()]);
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <Header user={user ? { username: user.username, isGuest: user.isGuest } : undefined} theme={theme} />
        <main className="main">{children}</main>
      </body>
    </html>
  );
}
