# Wrong: adds the bits without ever carrying.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        return a ^ b
