
var Trie = function() {
    // Nodes live in flat typed arrays: child c of node v is next[v * 26 + c], 0 for none.
    this.next = new Int32Array(26 * 1024);
    this.end = new Uint8Array(1024);
    this.size = 1;
};

/**
 * @param {string} word
 * @return {void}
 */
Trie.prototype.insert = function(word) {
    let v = 0;
    for (let i = 0; i < word.length; i++) {
        const slot = v * 26 + word.charCodeAt(i) - 97;
        if (!this.next[slot]) {
            if (this.size === this.end.length) this.grow();
            this.next[slot] = this.size++;
        }
        v = this.next[slot];
    }
    this.end[v] = 1;
};

/**
 * @param {string} word
 * @return {boolean}
 */
Trie.prototype.search = function(word) {
    const v = this.walk(word);
    return v >= 0 && this.end[v] === 1;
};

/**
 * @param {string} prefix
 * @return {boolean}
 */
Trie.prototype.startsWith = function(prefix) {
    return this.walk(prefix) >= 0;
};

Trie.prototype.walk = function(s) {
    let v = 0;
    for (let i = 0; i < s.length; i++) {
        v = this.next[v * 26 + s.charCodeAt(i) - 97];
        if (!v) return -1;
    }
    return v;
};

Trie.prototype.grow = function() {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    const end = new Uint8Array(this.end.length * 2);
    end.set(this.end);
    this.next = next;
    this.end = end;
};

/** 
 * Your Trie object will be instantiated and called as such:
 * var obj = new Trie()
 * obj.insert(word)
 * var param_2 = obj.search(word)
 * var param_3 = obj.startsWith(prefix)
 */
