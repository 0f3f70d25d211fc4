class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Wrong: counts different orderings as different combinations.
        out = []

        def go(path, remaining):
            if remaining == 0:
                out.append(path[:])
                return
            for c in candidates:
                if c <= remaining:
                    go(path + [c], remaining - c)

        go([], target)
        return out
