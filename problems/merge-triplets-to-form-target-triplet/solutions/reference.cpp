class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        int got[3] = {0, 0, 0};
        for (auto& t : triplets) {
            if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) {
                for (int k = 0; k < 3; k++) got[k] = max(got[k], t[k]);
            }
        }
        return got[0] == target[0] && got[1] == target[1] && got[2] == target[2];
    }
};
