class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Wrong: depth-first search returns the first ladder it finds, not the shortest.
        words = set(wordList)
        if endWord not in words:
            return 0
        seen = {beginWord}
        stack = [(beginWord, 1)]
        while stack:
            w, d = stack.pop()
            if w == endWord:
                return d
            for i in range(len(w)):
                for c in 'abcdefghijklmnopqrstuvwxyz':
                    v = w[:i] + c + w[i + 1:]
                    if v in words and v not in seen:
                        seen.add(v)
                        stack.append((v, d + 1))
        return 0
