class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Wrong: keys on the set of letters, so "aab" and "abb" end up together.
        groups = defaultdict(list)
        for w in strs:
            groups[frozenset(w)].append(w)
        return list(groups.values())
