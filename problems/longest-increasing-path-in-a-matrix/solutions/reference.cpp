class Solution {
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        vector<int> order(m * n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return matrix[a / n][a % n] > matrix[b / n][b % n]; });
        vector<int> best(m * n, 1);
        int answer = 1, dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        for (int c : order) {
            int i = c / n, j = c % n;
            for (int d = 0; d < 4; d++) {
                int x = i + dx[d], y = j + dy[d];
                if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j]) best[c] = max(best[c], best[x * n + y] + 1);
            }
            answer = max(answer, best[c]);
        }
        return answer;
    }
};
