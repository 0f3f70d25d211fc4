class WordDictionary:

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True

    def search(self, word: str) -> bool:
        def walk(node, i):
            if i == len(word):
                return '$' in node
            ch = word[i]
            if ch != '.':
                child = node.get(ch)
                return child is not None and walk(child, i + 1)
            return any(k != '$' and walk(child, i + 1) for k, child in node.items())

        return walk(self.root, 0)
