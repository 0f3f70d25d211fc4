class TimeMap:

    def __init__(self):
        self.entries = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.entries[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        best = ""
        for t, v in self.entries.get(key, []):
            if t <= timestamp:
                best = v
        return best
