class Trie {
public:
    Trie() : nodes(1) {
    }
    
    void insert(string word) {
        int cur = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (!nodes[cur].next[c]) {
                nodes[cur].next[c] = nodes.size();
                nodes.emplace_back();
            }
            cur = nodes[cur].next[c];
        }
        nodes[cur].end = true;
    }
    
    bool search(string word) {
        int cur = walk(word);
        return cur >= 0 && nodes[cur].end;
    }
    
    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }

private:
    struct Node {
        int next[26] = {0};
        bool end = false;
    };
    vector<Node> nodes;

    int walk(const string& s) {
        int cur = 0;
        for (char ch : s) {
            cur = nodes[cur].next[ch - 'a'];
            if (!cur) return -1;
        }
        return cur;
    }
};

/**
 * Your Trie object will be instantiated and called as such:
 * Trie* obj = new Trie();
 * obj->insert(word);
 * bool param_2 = obj->search(word);
 * bool param_3 = obj->startsWith(prefix);
 */
