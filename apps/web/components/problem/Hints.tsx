import { Statement } from './Statement';

/** The problem's hints, each folded until asked for, as LeetCode shows them under the statement. */
export function Hints({ hints }: { hints: string[] }) {
  if (hints.length === 0) return null;
  return (
    <div className="hints">
      {hints.map((hint, i) => (
        <details key={i} className="hint">
          <summary>Hint {i + 1}</summary>
          <Statement markdown={hint} />
        </details>
      ))}
    </div>
  );
}
