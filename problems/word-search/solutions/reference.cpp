class Solution {
    int m = 0, n = 0;

    bool dfs(vector<vector<char>>& board, const string& word, int r, int c, int i) {
        if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] != word[i]) return false;
        if (i + 1 == (int)word.size()) return true;
        board[r][c] = '#';
        bool found = dfs(board, word, r + 1, c, i + 1) || dfs(board, word, r - 1, c, i + 1) ||
                     dfs(board, word, r, c + 1, i + 1) || dfs(board, word, r, c - 1, i + 1);
        board[r][c] = word[i];
        return found;
    }
public:
    bool exist(vector<vector<char>>& board, string word) {
        m = board.size();
        n = board[0].size();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (dfs(board, word, r, c, 0)) return true;
        return false;
    }
};
