class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<vector<int>> out;
        generate(nums, 0, out);
        return out;
    }

private:
    void generate(vector<int>& nums, int k, vector<vector<int>>& out) {
        if (k == (int)nums.size()) {
            out.push_back(nums);
            return;
        }
        for (int i = k; i < (int)nums.size(); i++) {
            swap(nums[k], nums[i]);
            generate(nums, k + 1, out);
            swap(nums[k], nums[i]);
        }
    }
};
