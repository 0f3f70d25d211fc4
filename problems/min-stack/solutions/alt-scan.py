# Correct but getMin scans the stack: O(n) per call, seconds on the largest tests.
class MinStack:
    def __init__(self):
        self.stack = []

    def push(self, val: int) -> None:
        self.stack.append(val)

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        low = self.stack[0]
        for v in self.stack:
            if v < low:
                low = v
        return low
