class Solution {
public:
    vector<vector<int>> updateMatrix(vector<vector<int>>& mat) {
        int m = mat.size(), n = mat[0].size();
        vector<vector<int>> dist(m, vector<int>(n, -1));
        queue<pair<int, int>> q;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (mat[i][j] == 0) {
                    dist[i][j] = 0;
                    q.push({i, j});
                }
        const int di[4] = {1, -1, 0, 0}, dj[4] = {0, 0, 1, -1};
        while (!q.empty()) {
            auto [i, j] = q.front();
            q.pop();
            for (int k = 0; k < 4; k++) {
                int ni = i + di[k], nj = j + dj[k];
                if (ni < 0 || ni >= m || nj < 0 || nj >= n || dist[ni][nj] >= 0) continue;
                dist[ni][nj] = dist[i][j] + 1;
                q.push({ni, nj});
            }
        }
        return dist;
    }
};
