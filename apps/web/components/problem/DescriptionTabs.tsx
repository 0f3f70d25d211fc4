'use client';

import { useState, type ReactNode } from 'react';
import { SubmissionsList } from '../submission/SubmissionsList';

export function DescriptionTabs({ header, statement, slug, refreshKey }: { header: ReactNode; statement: ReactNode; slug: string; refreshKey: number }) {
  const [tab, setTab] = useState<'description' | 'submissions'>('description');
  return (
    <section className="pane" aria-label="Problem">
      <div className="tabs" role="tablist" aria-label="Problem">
        <button type="button" role="tab" aria-selected={tab === 'description'} onClick={() => setTab('description')}>
          Description
        </button>
        <button type="button" role="tab" aria-selected={tab === 'submissions'} onClick={() => setTab('submissions')}>
          Submissions
        </button>
      </div>
      <div className="pane-body scroll">
        {tab === 'description' ? (
          <>
            {header}
            {statement}
          </>
        ) : (
          <SubmissionsList slug={slug} refreshKey={refreshKey} />
        )}
      </div>
    </section>
  );
}
