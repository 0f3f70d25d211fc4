import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getUserByUsername } from '@quickcode/db';
import { ProfileView } from '../../../components/account/ProfileView';
import { currentUser } from '../../../lib/current-user';
import { profileData } from '../../../lib/profile';
import { services } from '../../../lib/services';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).name) };
}

/** A signed-up user's public profile: solved counts, activity and recent results (never their code). */
export default async function PublicProfilePage({ params }: Props) {
  const name = decodeURIComponent((await params).name);
  const [user, viewer] = await Promise.all([getUserByUsername(services().database.db, name), currentUser()]);
  if (!user || user.isGuest) notFound();
  const now = new Date();
  const data = await profileData(user.id, now);
  return (
    <div className="page">
      <h1>{user.username}</h1>
      <ProfileView data={data} now={now} ownerView={viewer?.id === user.id} />
    </div>
  );
}
