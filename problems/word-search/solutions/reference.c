static int rows, cols;

static bool dfs(char** board, const char* word, int r, int c) {
    if (r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] != *word) return false;
    if (!word[1]) return true;
    board[r][c] = '#';
    bool found = dfs(board, word + 1, r + 1, c) || dfs(board, word + 1, r - 1, c) ||
                 dfs(board, word + 1, r, c + 1) || dfs(board, word + 1, r, c - 1);
    board[r][c] = *word;
    return found;
}

bool exist(char** board, int boardSize, int* boardColSize, char* word) {
    rows = boardSize;
    cols = boardColSize[0];
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            if (dfs(board, word, r, c)) return true;
    return false;
}
