# Wrong: picks the row whose first number is closest above the target, and misses the row that holds it.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        for row in matrix:
            if row[0] >= target:
                return target in row
        return False
