class Solution {
    struct Node {
        Node* next[26] = {};
        int word = -1;
    };
    vector<string> found;
    int m = 0, n = 0;

    void dfs(vector<vector<char>>& board, const vector<string>& words, int r, int c, Node* node) {
        char ch = board[r][c];
        node = node->next[ch - 'a'];
        if (!node) return;
        if (node->word >= 0) {
            found.push_back(words[node->word]);
            node->word = -1;
        }
        board[r][c] = '#';
        if (r > 0 && board[r - 1][c] != '#') dfs(board, words, r - 1, c, node);
        if (r + 1 < m && board[r + 1][c] != '#') dfs(board, words, r + 1, c, node);
        if (c > 0 && board[r][c - 1] != '#') dfs(board, words, r, c - 1, node);
        if (c + 1 < n && board[r][c + 1] != '#') dfs(board, words, r, c + 1, node);
        board[r][c] = ch;
    }
public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        Node* root = new Node();
        for (int i = 0; i < (int)words.size(); i++) {
            Node* node = root;
            for (char c : words[i]) {
                if (!node->next[c - 'a']) node->next[c - 'a'] = new Node();
                node = node->next[c - 'a'];
            }
            node->word = i;
        }
        m = board.size();
        n = board[0].size();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) dfs(board, words, r, c, root);
        return found;
    }
};
