import Link from 'next/link';
import { AuthForm } from '../../components/account/AuthForm';

export const metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="auth-card">
      <h1>Sign in</h1>
      <AuthForm mode="signin" />
      <p className="muted small">
        No account yet? <Link href="/signup">Sign up</Link>
      </p>
    </div>
  );
}
