# Wrong: adds one to the last digit and forgets to carry, so 9 becomes a "digit" 10.
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        return digits[:-1] + [digits[-1] + 1]
