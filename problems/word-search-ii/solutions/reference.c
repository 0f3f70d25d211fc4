/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
typedef struct Trie {
    struct Trie* next[26];
    char* word;
} Trie;

static int rows, cols, foundCount;
static char** found;

static void dfs(char** board, int r, int c, Trie* parent) {
    char ch = board[r][c];
    if (ch == '#') return;
    Trie* node = parent->next[ch - 'a'];
    if (!node) return;
    if (node->word) {
        found[foundCount++] = node->word;
        node->word = NULL;
    }
    board[r][c] = '#';
    if (r > 0) dfs(board, r - 1, c, node);
    if (r + 1 < rows) dfs(board, r + 1, c, node);
    if (c > 0) dfs(board, r, c - 1, node);
    if (c + 1 < cols) dfs(board, r, c + 1, node);
    board[r][c] = ch;
}

char** findWords(char** board, int boardSize, int* boardColSize, char** words, int wordsSize, int* returnSize) {
    Trie* root = calloc(1, sizeof(Trie));
    for (int i = 0; i < wordsSize; i++) {
        Trie* node = root;
        for (char* p = words[i]; *p; p++) {
            if (!node->next[*p - 'a']) node->next[*p - 'a'] = calloc(1, sizeof(Trie));
            node = node->next[*p - 'a'];
        }
        node->word = words[i];
    }
    rows = boardSize;
    cols = boardColSize[0];
    found = malloc(sizeof(char*) * (wordsSize + 1));
    foundCount = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) dfs(board, r, c, root);
    *returnSize = foundCount;
    return found;
}
