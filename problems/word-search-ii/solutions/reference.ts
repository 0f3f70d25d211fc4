class TrieNode {
    next = new Map<string, TrieNode>();
    word: string | null = null;
}

function findWords(board: string[][], words: string[]): string[] {
    const root = new TrieNode();
    for (const w of words) {
        let node = root;
        for (const ch of w) {
            let child = node.next.get(ch);
            if (!child) node.next.set(ch, (child = new TrieNode()));
            node = child;
        }
        node.word = w;
    }
    const m = board.length, n = board[0].length;
    const found: string[] = [];
    const dfs = (r: number, c: number, parent: TrieNode): void => {
        const ch = board[r][c];
        const node = parent.next.get(ch);
        if (!node) return;
        if (node.word !== null) {
            found.push(node.word);
            node.word = null;
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
}
