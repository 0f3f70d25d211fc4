# Wrong: after popping the minimum, getMin still reports it.
class MinStack:
    def __init__(self):
        self.stack = []
        self.low = None

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.low = val if self.low is None else min(self.low, val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.low
