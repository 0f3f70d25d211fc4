typedef struct {
    char* word;
    UT_hash_handle hh;
} Word;

int ladderLength(char* beginWord, char* endWord, char** wordList, int wordListSize) {
    Word* words = NULL;
    Word* nodes = malloc(sizeof(Word) * wordListSize);
    for (int i = 0; i < wordListSize; i++) {
        Word* found;
        HASH_FIND_STR(words, wordList[i], found);
        if (!found) {
            nodes[i].word = wordList[i];
            HASH_ADD_KEYPTR(hh, words, nodes[i].word, strlen(nodes[i].word), &nodes[i]);
        }
    }
    Word* e;
    HASH_FIND_STR(words, endWord, e);
    if (!e) {
        HASH_CLEAR(hh, words);
        free(nodes);
        return 0;
    }
    HASH_FIND_STR(words, beginWord, e);
    if (e) HASH_DEL(words, e);
    int len = strlen(beginWord);
    char** frontier = malloc(sizeof(char*) * (wordListSize + 1));
    char** next = malloc(sizeof(char*) * (wordListSize + 1));
    int size = 0, answer = 0;
    frontier[size++] = beginWord;
    char* w = malloc(len + 1);
    for (int steps = 2; size > 0 && !answer; steps++) {
        int nextSize = 0;
        for (int f = 0; f < size && !answer; f++) {
            memcpy(w, frontier[f], len + 1);
            for (int i = 0; i < len && !answer; i++) {
                char orig = w[i];
                for (char c = 'a'; c <= 'z'; c++) {
                    if (c == orig) continue;
                    w[i] = c;
                    HASH_FIND_STR(words, w, e);
                    if (e) {
                        if (strcmp(w, endWord) == 0) {
                            answer = steps;
                            break;
                        }
                        HASH_DEL(words, e);
                        next[nextSize++] = e->word;
                    }
                }
                w[i] = orig;
            }
        }
        char** tmp = frontier; frontier = next; next = tmp;
        size = nextSize;
    }
    HASH_CLEAR(hh, words);
    free(nodes);
    free(frontier);
    free(next);
    free(w);
    return answer;
}
