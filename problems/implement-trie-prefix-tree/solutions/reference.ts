class TrieNode {
    children: (TrieNode | undefined)[] = new Array(26);
    end = false;
}

class Trie {
    private root = new TrieNode();

    constructor() {
    }

    insert(word: string): void {
        let node = this.root;
        for (let i = 0; i < word.length; i++) {
            const c = word.charCodeAt(i) - 97;
            let next = node.children[c];
            if (!next) {
                next = new TrieNode();
                node.children[c] = next;
            }
            node = next;
        }
        node.end = true;
    }

    search(word: string): boolean {
        return this.walk(word)?.end ?? false;
    }

    startsWith(prefix: string): boolean {
        return this.walk(prefix) !== null;
    }

    private walk(s: string): TrieNode | null {
        let node: TrieNode | undefined = this.root;
        for (let i = 0; i < s.length; i++) {
            node = node.children[s.charCodeAt(i) - 97];
            if (!node) return null;
        }
        return node;
    }
}

/**
 * Your Trie object will be instantiated and called as such:
 * var obj = new Trie()
 * obj.insert(word)
 * var param_2 = obj.search(word)
 * var param_3 = obj.startsWith(prefix)
 */
