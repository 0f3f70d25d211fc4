import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The statement's markdown, rendered on the server. Raw HTML in it is dropped, never injected. */
export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
