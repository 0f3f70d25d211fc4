class Solution {
    public List<List<String>> solveNQueens(int n) {
        List<List<String>> out = new ArrayList<>();
        char[][] board = new char[n][n];
        for (char[] row : board) Arrays.fill(row, '.');
        place(0, n, board, new boolean[n], new boolean[2 * n], new boolean[2 * n], out);
        return out;
    }

    private void place(int r, int n, char[][] board, boolean[] col, boolean[] d1, boolean[] d2, List<List<String>> out) {
        if (r == n) {
            List<String> rows = new ArrayList<>();
            for (char[] row : board) rows.add(new String(row));
            out.add(rows);
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
}
