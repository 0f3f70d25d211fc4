import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { superscriptPowers } from '../../lib/superscript-powers';

/** The statement's markdown, rendered on the server, powers raised (10⁴). Raw HTML in it is dropped, never injected. */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {superscriptPowers(markdown)}
      </Markdown>
    </div>
  );
}
