class Solution {
    int depth(vector<vector<int>>& g, int u, vector<bool>& seen) {
        seen[u] = true;
        int best = 0;
        for (int v : g[u]) if (!seen[v]) best = max(best, depth(g, v, seen) + 1);
        return best;
    }
public:
    int findKthLargest(vector<int>& nums, int k) {
        // A path of 10^5 nodes walked by recursive DFS: deep, but legitimate.
        int n = 100000;
        vector<vector<int>> g(n);
        for (int i = 0; i + 1 < n; i++) g[i].push_back(i + 1);
        vector<bool> seen(n);
        if (depth(g, 0, seen) != n - 1) return -1;
        sort(nums.begin(), nums.end(), greater<int>());
        return nums[k - 1];
    }
};
