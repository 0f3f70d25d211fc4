class Solution {
    private static final class Node {
        final Node[] next = new Node[26];
        String word;
    }

    private final List<String> found = new ArrayList<>();
    private int m, n;

    public List<String> findWords(char[][] board, String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (node.next[c] == null) node.next[c] = new Node();
                node = node.next[c];
            }
            node.word = w;
        }
        m = board.length;
        n = board[0].length;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) dfs(board, r, c, root);
        return found;
    }

    private void dfs(char[][] board, int r, int c, Node node) {
        char ch = board[r][c];
        if (ch == '#') return;
        node = node.next[ch - 'a'];
        if (node == null) return;
        if (node.word != null) {
            found.add(node.word);
            node.word = null;
        }
        board[r][c] = '#';
        if (r > 0) dfs(board, r - 1, c, node);
        if (r + 1 < m) dfs(board, r + 1, c, node);
        if (c > 0) dfs(board, r, c - 1, node);
        if (c + 1 < n) dfs(board, r, c + 1, node);
        board[r][c] = ch;
    }
}
