class Solution {
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        vector<vector<int>> out;
        vector<int> path;
        backtrack(candidates, 0, target, path, out);
        return out;
    }

private:
    void backtrack(const vector<int>& cand, int start, int remaining, vector<int>& path, vector<vector<int>>& out) {
        if (remaining == 0) {
            out.push_back(path);
            return;
        }
        for (int i = start; i < (int)cand.size() && cand[i] <= remaining; i++) {
            path.push_back(cand[i]);
            backtrack(cand, i, remaining - cand[i], path, out);
            path.pop_back();
        }
    }
};
