class LRUCache:
    # Wrong: evicts the oldest inserted key (FIFO); reads do not refresh a key.
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = {}

    def get(self, key: int) -> int:
        return self.data.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key not in self.data and len(self.data) == self.capacity:
            del self.data[next(iter(self.data))]
        self.data[key] = value
