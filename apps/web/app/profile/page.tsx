import Link from 'next/link';
import { ProfileView } from '../../components/account/ProfileView';
import { SignInLink } from '../../components/layout/SignInLink';
import { currentUser } from '../../lib/current-user';
import { profileData } from '../../lib/profile';

export const metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="page">
        <h1>Profile</h1>
        <p>
          <SignInLink>Sign in</SignInLink> to see your progress.
        </p>
      </div>
    );
  }
  const now = new Date();
  const data = await profileData(user.id, now);
  const name = user.isGuest ? 'Guest' : user.username;
  return (
    <div className="page">
      <h1>{name}</h1>
      {!user.isGuest && user.username && (
        <p className="muted small">
          Your public profile: <Link href={`/u/${encodeURIComponent(user.username)}`}>/u/{user.username}</Link>
        </p>
      )}
      {user.isGuest && (
        <p className="muted">
          You are a guest. <Link href="/signup">Sign up</Link> to keep this progress under a name.
        </p>
      )}
      <ProfileView data={data} now={now} ownerView />
    </div>
  );
}
