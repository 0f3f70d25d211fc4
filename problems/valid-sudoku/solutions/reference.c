bool isValidSudoku(char** board, int boardSize, int* boardColSize) {
    bool row[9][9] = {{false}}, col[9][9] = {{false}}, box[9][9] = {{false}};
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) {
            if (board[r][c] == '.') continue;
            int d = board[r][c] - '1', b = r / 3 * 3 + c / 3;
            if (row[r][d] || col[c][d] || box[b][d]) return false;
            row[r][d] = col[c][d] = box[b][d] = true;
        }
    }
    return true;
}
