# Wrong: cuts the sorted hand into consecutive chunks, which fails when duplicates interleave runs.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        hand = sorted(hand)
        for start in range(0, len(hand), groupSize):
            for k in range(start + 1, start + groupSize):
                if hand[k] != hand[k - 1] + 1:
                    return False
        return True
