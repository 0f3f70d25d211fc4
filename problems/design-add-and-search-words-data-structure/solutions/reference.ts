interface TrieNode {
    next: Map<string, TrieNode>;
    end: boolean;
}

class WordDictionary {
    private root: TrieNode = { next: new Map(), end: false };

    constructor() {
    }

    addWord(word: string): void {
        let node = this.root;
        for (const ch of word) {
            let child = node.next.get(ch);
            if (!child) {
                child = { next: new Map(), end: false };
                node.next.set(ch, child);
            }
            node = child;
        }
        node.end = true;
    }

    search(word: string): boolean {
        const walk = (node: TrieNode, i: number): boolean => {
            if (i === word.length) return node.end;
            const ch = word[i];
            if (ch !== '.') {
                const child = node.next.get(ch);
                return child !== undefined && walk(child, i + 1);
            }
            for (const child of node.next.values()) if (walk(child, i + 1)) return true;
            return false;
        };
        return walk(this.root, 0);
    }
}

/**
 * Your WordDictionary object will be instantiated and called as such:
 * var obj = new WordDictionary()
 * obj.addWord(word)
 * var param_2 = obj.search(word)
 */
