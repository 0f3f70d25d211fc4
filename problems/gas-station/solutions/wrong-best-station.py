# Wrong: starts where one station's surplus is largest, ignoring the deficits that follow it.
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        if sum(gas) < sum(cost):
            return -1
        return max(range(len(gas)), key=lambda i: gas[i] - cost[i])
