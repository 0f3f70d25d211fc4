class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        out = []
        used = [False] * len(nums)
        path = []

        def backtrack():
            if len(path) == len(nums):
                out.append(path[:])
                return
            for i, x in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    path.append(x)
                    backtrack()
                    path.pop()
                    used[i] = False

        backtrack()
        return out
