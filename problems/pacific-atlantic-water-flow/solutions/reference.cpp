class Solution {
    void reach(const vector<vector<int>>& h, vector<vector<char>>& seen, vector<pair<int, int>> stack) {
        int m = h.size(), n = h[0].size();
        for (auto [r, c] : stack) seen[r][c] = 1;
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nc < 0 || nr >= m || nc >= n || seen[nr][nc] || h[nr][nc] < h[r][c]) continue;
                seen[nr][nc] = 1;
                stack.push_back({nr, nc});
            }
        }
    }

public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        vector<pair<int, int>> top, bottom;
        for (int c = 0; c < n; c++) top.push_back({0, c}), bottom.push_back({m - 1, c});
        for (int r = 0; r < m; r++) top.push_back({r, 0}), bottom.push_back({r, n - 1});
        vector<vector<char>> p(m, vector<char>(n, 0)), a(m, vector<char>(n, 0));
        reach(heights, p, top);
        reach(heights, a, bottom);
        vector<vector<int>> out;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (p[r][c] && a[r][c]) out.push_back({r, c});
        return out;
    }
};
