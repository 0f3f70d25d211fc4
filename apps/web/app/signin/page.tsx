import { SignInLink } from '../../components/layout/SignInLink';
import { AuthForm } from '../../components/account/AuthForm';

export const metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="auth-card">
      <h1>Sign in</h1>
      <AuthForm mode="signin" />
      <p className="muted small">
        No account yet? <SignInLink page="/signup">Sign up</SignInLink>
      </p>
    </div>
  );
}
