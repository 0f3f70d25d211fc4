class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        vector<vector<int>> buckets(nums.size() + 1);
        for (auto& [value, c] : count) buckets[c].push_back(value);
        vector<int> out;
        for (int c = nums.size(); c > 0 && (int)out.size() < k; c--) {
            for (int value : buckets[c]) {
                out.push_back(value);
                if ((int)out.size() == k) break;
            }
        }
        return out;
    }
};
