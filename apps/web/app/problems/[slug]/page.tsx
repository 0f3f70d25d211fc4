import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { languageIds } from '@quickcode/protocol';
import { DifficultyBadge } from '../../../components/problem/DifficultyBadge';
import { Hints } from '../../../components/problem/Hints';
import { Statement } from '../../../components/problem/Statement';
import { Workspace } from '../../../components/problem/Workspace';
import { currentUser } from '../../../lib/current-user';
import { maySubmit } from '../../../lib/identity';
import { languageNames, liveLanguages } from '../../../lib/languages';
import { PANE_COOKIE, parsePaneLayout } from '../../../lib/pane-layout';
import { problemPageDetail } from '../../../lib/problems';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await problemPageDetail((await params).slug);
  return { title: detail ? `${detail.number ? `${detail.number}. ` : ''}${detail.title}` : 'Problem not found' };
}

export default async function ProblemPage({ params }: Props) {
  const { slug } = await params;
  const [detail, user, live, jar] = await Promise.all([problemPageDetail(slug), currentUser(), liveLanguages().catch(() => []), cookies()]);
  if (!detail) notFound();
  const liveIds = new Set(live.map((l) => l.id));
  // Every language stays listed; those no worker offers right now are marked, not hidden.
  const languages = languageIds.map((id) => {
    const info = live.find((l) => l.id === id);
    return { id, label: info ? `${info.name}` : languageNames[id], version: info?.version, available: liveIds.has(id) };
  });
  return (
    <Workspace
      problem={{
        slug: detail.slug,
        title: detail.title,
        kind: detail.kind,
        starterCode: detail.starterCode,
        sampleTests: detail.sampleTests,
        sampleExpected: detail.sampleExpected,
        params: detail.params,
      }}
      initialLayout={parsePaneLayout(jar.get(PANE_COOKIE)?.value)}
      header={
        <div className="problem-header">
          <h1>
            {detail.number !== null && <span className="problem-number">{detail.number}. </span>}
            {detail.title}
          </h1>
          <div className="problem-meta">
            <DifficultyBadge difficulty={detail.difficulty} />
            {detail.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </div>
        </div>
      }
      statement={
        <>
          <Statement markdown={detail.statement} />
          <Hints hints={detail.hints} />
        </>
      }
      languages={languages}
      canSubmit={maySubmit(user)}
    />
  );
}
