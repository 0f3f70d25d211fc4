class Solution {
    vector<vector<string>> out;
    vector<string> path;
    vector<vector<bool>> pal;

    void go(const string& s, int start) {
        if (start == (int)s.size()) {
            out.push_back(path);
            return;
        }
        for (int end = start; end < (int)s.size(); end++) {
            if (!pal[start][end]) continue;
            path.push_back(s.substr(start, end - start + 1));
            go(s, end + 1);
            path.pop_back();
        }
    }
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        pal.assign(n, vector<bool>(n, false));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++) pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        go(s, 0);
        return out;
    }
};
