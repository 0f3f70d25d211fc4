class Solution {
    int fill(vector<vector<int>>& grid, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)grid.size() || c >= (int)grid[0].size() || grid[r][c] != 1) return 0;
        grid[r][c] = 2;
        return 1 + fill(grid, r + 1, c) + fill(grid, r - 1, c) + fill(grid, r, c + 1) + fill(grid, r, c - 1);
    }

public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int best = 0;
        for (int i = 0; i < (int)grid.size(); i++)
            for (int j = 0; j < (int)grid[0].size(); j++) best = max(best, fill(grid, i, j));
        return best;
    }
};
