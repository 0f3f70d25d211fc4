typedef struct Node {
    struct Node* next[26];
    bool end;
} Node;

typedef struct {
    Node* root;
} WordDictionary;


WordDictionary* wordDictionaryCreate() {
    WordDictionary* obj = malloc(sizeof(WordDictionary));
    obj->root = calloc(1, sizeof(Node));
    return obj;
}

void wordDictionaryAddWord(WordDictionary* obj, char* word) {
    Node* node = obj->root;
    for (; *word; word++) {
        int c = *word - 'a';
        if (!node->next[c]) node->next[c] = calloc(1, sizeof(Node));
        node = node->next[c];
    }
    node->end = true;
}

static bool walk(Node* node, const char* word) {
    if (!*word) return node->end;
    if (*word != '.') {
        Node* child = node->next[*word - 'a'];
        return child && walk(child, word + 1);
    }
    for (int c = 0; c < 26; c++)
        if (node->next[c] && walk(node->next[c], word + 1)) return true;
    return false;
}

bool wordDictionarySearch(WordDictionary* obj, char* word) {
    return walk(obj->root, word);
}

static void freeNode(Node* node) {
    for (int c = 0; c < 26; c++)
        if (node->next[c]) freeNode(node->next[c]);
    free(node);
}

void wordDictionaryFree(WordDictionary* obj) {
    freeNode(obj->root);
    free(obj);
}

/**
 * Your WordDictionary struct will be instantiated and called as such:
 * WordDictionary* obj = wordDictionaryCreate();
 * wordDictionaryAddWord(obj, word);
 
 * bool param_2 = wordDictionarySearch(obj, word);
 
 * wordDictionaryFree(obj);
*/
