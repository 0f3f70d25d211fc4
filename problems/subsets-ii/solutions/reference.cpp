class Solution {
    void build(const vector<int>& nums, int start, vector<int>& path, vector<vector<int>>& out) {
        out.push_back(path);
        for (int i = start; i < (int)nums.size(); i++) {
            if (i > start && nums[i] == nums[i - 1]) continue;
            path.push_back(nums[i]);
            build(nums, i + 1, path, out);
            path.pop_back();
        }
    }

public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> out;
        vector<int> path;
        build(nums, 0, path, out);
        return out;
    }
};
