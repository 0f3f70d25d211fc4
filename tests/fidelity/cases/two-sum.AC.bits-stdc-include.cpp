#include <bits/stdc++.h>
using namespace std;

// A helper outside Solution, and a debug print, as LeetCode users write them.
static int calls = 0;

class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        cout << "call " << ++calls << endl;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
