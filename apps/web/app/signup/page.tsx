import { SignInLink } from '../../components/layout/SignInLink';
import { AuthForm } from '../../components/account/AuthForm';

export const metadata = { title: 'Sign up' };

export default function SignUpPage() {
  return (
    <div className="auth-card">
      <h1>Sign up</h1>
      <p className="muted small">Your progress as a guest on this browser moves to the new account.</p>
      <AuthForm mode="signup" />
      <p className="muted small">
        Have an account? <SignInLink page="/signin">Sign in</SignInLink>
      </p>
    </div>
  );
}
