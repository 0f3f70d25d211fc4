class WordDictionary {
    struct Node {
        Node* next[26] = {};
        bool end = false;
    };
    Node* root = new Node();

    bool walk(Node* node, const string& word, int i) {
        if (i == (int)word.size()) return node->end;
        if (word[i] != '.') {
            Node* child = node->next[word[i] - 'a'];
            return child && walk(child, word, i + 1);
        }
        for (Node* child : node->next)
            if (child && walk(child, word, i + 1)) return true;
        return false;
    }
public:
    WordDictionary() {
    }

    void addWord(string word) {
        Node* node = root;
        for (char c : word) {
            if (!node->next[c - 'a']) node->next[c - 'a'] = new Node();
            node = node->next[c - 'a'];
        }
        node->end = true;
    }

    bool search(string word) {
        return walk(root, word, 0);
    }
};

/**
 * Your WordDictionary object will be instantiated and called as such:
 * WordDictionary* obj = new WordDictionary();
 * obj->addWord(word);
 * bool param_2 = obj->search(word);
 */
