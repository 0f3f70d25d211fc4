class Solution {
public:
    int numDistinct(string s, string t) {
        int m = t.size();
        vector<unsigned int> ways(m + 1, 0);
        ways[0] = 1;
        for (char c : s) {
            for (int j = m; j >= 1; j--) {
                if (t[j - 1] == c) ways[j] += ways[j - 1];
            }
        }
        return (int)ways[m];
    }
};
