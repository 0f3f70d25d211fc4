class WordDictionary:

    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) == len(word) and all(p == '.' or p == c for p, c in zip(word, w)):
                return True
        return False
