class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        buckets = defaultdict(list)
        for w in words:
            for i in range(len(w)):
                buckets[w[:i] + '*' + w[i + 1:]].append(w)
        seen = {beginWord}
        frontier = [beginWord]
        steps = 1
        while frontier:
            steps += 1
            nxt = []
            for w in frontier:
                for i in range(len(w)):
                    key = w[:i] + '*' + w[i + 1:]
                    for v in buckets.get(key, ()):
                        if v not in seen:
                            if v == endWord:
                                return steps
                            seen.add(v)
                            nxt.append(v)
                    buckets.pop(key, None)
            frontier = nxt
        return 0
