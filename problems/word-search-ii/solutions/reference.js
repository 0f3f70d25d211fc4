/**
 * @param {character[][]} board
 * @param {string[]} words
 * @return {string[]}
 */
var findWords = function(board, words) {
    const root = {};
    for (const w of words) {
        let node = root;
        for (const ch of w) node = node[ch] || (node[ch] = {});
        node.$ = w;
    }
    const m = board.length, n = board[0].length;
    const found = [];
    const dfs = (r, c, parent) => {
        const ch = board[r][c];
        const node = parent[ch];
        if (!node) return;
        if (node.$) {
            found.push(node.$);
            node.$ = null;
        }
        board[r][c] = '#';
        if (r > 0) dfs(r - 1, c, node);
        if (r + 1 < m) dfs(r + 1, c, node);
        if (c > 0) dfs(r, c - 1, node);
        if (c + 1 < n) dfs(r, c + 1, node);
        board[r][c] = ch;
    };
    for (let r = 0; r < m; r++)
        for (let c = 0; c < n; c++) dfs(r, c, root);
    return found;
};
