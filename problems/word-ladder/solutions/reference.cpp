class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> words(wordList.begin(), wordList.end());
        if (!words.count(endWord)) return 0;
        words.erase(beginWord);
        vector<string> frontier = {beginWord};
        for (int steps = 2; !frontier.empty(); steps++) {
            vector<string> next;
            for (string w : frontier) {
                for (size_t i = 0; i < w.size(); i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        auto it = words.find(w);
                        if (it != words.end()) {
                            if (w == endWord) return steps;
                            next.push_back(w);
                            words.erase(it);
                        }
                    }
                    w[i] = orig;
                }
            }
            frontier.swap(next);
        }
        return 0;
    }
};
