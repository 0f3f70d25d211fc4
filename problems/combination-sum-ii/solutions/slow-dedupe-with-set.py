class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        found, path = set(), []

        def go(start, left):
            if left == 0:
                found.add(tuple(path))
                return
            for i in range(start, len(candidates)):
                if candidates[i] > left:
                    break
                path.append(candidates[i])
                go(i + 1, left - candidates[i])
                path.pop()

        go(0, target)
        return [list(c) for c in found]
