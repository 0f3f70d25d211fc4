class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        set<int> lengths;
        for (auto& w : wordDict) lengths.insert(w.size());
        int n = s.size();
        vector<bool> ok(n + 1, false);
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int k : lengths) {
                if (k > i) break;
                if (ok[i - k] && words.count(s.substr(i - k, k))) {
                    ok[i] = true;
                    break;
                }
            }
        }
        return ok[n];
    }
};
