export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  return <span className={`difficulty difficulty-${difficulty.toLowerCase()}`}>{difficulty}</span>;
}
