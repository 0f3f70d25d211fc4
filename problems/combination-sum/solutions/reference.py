class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        cand = sorted(candidates)
        out = []
        path = []

        def backtrack(start, remaining):
            if remaining == 0:
                out.append(path[:])
                return
            for i in range(start, len(cand)):
                c = cand[i]
                if c > remaining:
                    break
                path.append(c)
                backtrack(i, remaining - c)
                path.pop()

        backtrack(0, target)
        return out
