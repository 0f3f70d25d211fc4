class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<vector<string>> out;
        vector<string> board(n, string(n, '.'));
        vector<bool> col(n), d1(2 * n), d2(2 * n);
        place(0, n, board, col, d1, d2, out);
        return out;
    }

private:
    void place(int r, int n, vector<string>& board, vector<bool>& col, vector<bool>& d1, vector<bool>& d2, vector<vector<string>>& out) {
        if (r == n) {
            out.push_back(board);
            return;
        }
        for (int c = 0; c < n; c++) {
            if (col[c] || d1[r - c + n] || d2[r + c]) continue;
            col[c] = d1[r - c + n] = d2[r + c] = true;
            board[r][c] = 'Q';
            place(r + 1, n, board, col, d1, d2, out);
            board[r][c] = '.';
            col[c] = d1[r - c + n] = d2[r + c] = false;
        }
    }
};
