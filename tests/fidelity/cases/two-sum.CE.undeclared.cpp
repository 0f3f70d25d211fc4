#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        return {lookup(nums, target)};
    }
};
// QC-EXPECT: solution.cpp:7:
// QC-EXPECT-NOT: /var/cache
// QC-EXPECT-NOT: /box/
