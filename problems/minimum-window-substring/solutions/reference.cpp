class Solution {
public:
    string minWindow(string s, string t) {
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size(), bestLo = 0, bestLen = -1, lo = 0;
        for (int hi = 0; hi < (int)s.size(); hi++) {
            if (need[s[hi]]-- > 0) missing--;
            if (missing == 0) {
                while (need[s[lo]] < 0) need[s[lo++]]++;
                if (bestLen < 0 || hi - lo + 1 < bestLen) {
                    bestLo = lo;
                    bestLen = hi - lo + 1;
                }
                need[s[lo++]]++;
                missing++;
            }
        }
        return bestLen < 0 ? "" : s.substr(bestLo, bestLen);
    }
};
