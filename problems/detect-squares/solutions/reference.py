class DetectSquares:

    def __init__(self):
        self.cnt = defaultdict(int)
        self.points = []

    def add(self, point: List[int]) -> None:
        p = (point[0], point[1])
        if self.cnt[p] == 0:
            self.points.append(p)
        self.cnt[p] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:
            if abs(px - x) != abs(py - y) or px == x:
                continue
            total += self.cnt[(px, py)] * self.cnt.get((x, py), 0) * self.cnt.get((px, y), 0)
        return total


# Your DetectSquares object will be instantiated and called as such:
# obj = DetectSquares()
# obj.add(point)
# param_2 = obj.count(point)
