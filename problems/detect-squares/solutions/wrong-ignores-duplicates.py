# Wrong: keeps the points in a set, so a point added twice still counts once.
class DetectSquares:

    def __init__(self):
        self.points = set()

    def add(self, point: List[int]) -> None:
        self.points.add((point[0], point[1]))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:
            if abs(px - x) != abs(py - y) or px == x:
                continue
            if (x, py) in self.points and (px, y) in self.points:
                total += 1
        return total
