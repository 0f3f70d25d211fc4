'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { signInHref } from '../../lib/return-to';

/** A link to sign in (or up) that comes back to this page, query included, afterwards. */
export function SignInLink({ page = '/signin', className, children }: { page?: '/signin' | '/signup'; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const [href, setHref] = useState<string>(page);
  useEffect(() => setHref(signInHref(page, `${window.location.pathname}${window.location.search}`)), [page, pathname]);
  return (
    <a
      className={className}
      href={href}
      onClick={(e) => {
        // The list's filters may have changed the query since the last render.
        e.currentTarget.href = signInHref(page, `${window.location.pathname}${window.location.search}`);
      }}
    >
      {children}
    </a>
  );
}
