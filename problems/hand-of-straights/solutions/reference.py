class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for v in sorted(count):
            c = count[v]
            if c == 0:
                continue
            for w in range(v, v + groupSize):
                if count[w] < c:
                    return False
                count[w] -= c
        return True
