function exist(board: string[][], word: string): boolean {
    const m = board.length, n = board[0].length;
    const dfs = (r: number, c: number, i: number): boolean => {
        if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] !== word[i]) return false;
        if (i + 1 === word.length) return true;
        board[r][c] = '#';
        const found = dfs(r + 1, c, i + 1) || dfs(r - 1, c, i + 1) || dfs(r, c + 1, i + 1) || dfs(r, c - 1, i + 1);
        board[r][c] = word[i];
        return found;
    };
    for (let r = 0; r < m; r++)
        for (let c = 0; c < n; c++)
            if (dfs(r, c, 0)) return true;
    return false;
}
