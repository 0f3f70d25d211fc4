class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> out = {{}};
        for (int x : nums) {
            int size = out.size();
            for (int i = 0; i < size; i++) {
                out.push_back(out[i]);
                out.back().push_back(x);
            }
        }
        return out;
    }
};
