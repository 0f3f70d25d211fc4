
var WordDictionary = function() {
    this.root = { next: new Map(), end: false };
};

/**
 * @param {string} word
 * @return {void}
 */
WordDictionary.prototype.addWord = function(word) {
    let node = this.root;
    for (const ch of word) {
        if (!node.next.has(ch)) node.next.set(ch, { next: new Map(), end: false });
        node = node.next.get(ch);
    }
    node.end = true;
};

/**
 * @param {string} word
 * @return {boolean}
 */
WordDictionary.prototype.search = function(word) {
    const walk = (node, i) => {
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
};

/**
 * Your WordDictionary object will be instantiated and called as such:
 * var obj = new WordDictionary()
 * obj.addWord(word)
 * var param_2 = obj.search(word)
 */
