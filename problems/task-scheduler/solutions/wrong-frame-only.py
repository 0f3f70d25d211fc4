# Wrong: counts the frame built around the most frequent glaze, forgetting that with many glazes there is no idle time.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        top = max(counts)
        ties = sum(1 for c in counts if c == top)
        return (top - 1) * (n + 1) + ties
