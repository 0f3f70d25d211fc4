class Solution {
    vector<vector<int>> out;
    vector<int> path;

    void go(const vector<int>& c, int start, int left) {
        if (left == 0) {
            out.push_back(path);
            return;
        }
        for (int i = start; i < (int)c.size() && c[i] <= left; i++) {
            if (i > start && c[i] == c[i - 1]) continue;
            path.push_back(c[i]);
            go(c, i + 1, left - c[i]);
            path.pop_back();
        }
    }
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        go(candidates, 0, target);
        return out;
    }
};
