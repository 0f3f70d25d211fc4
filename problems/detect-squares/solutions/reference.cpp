class DetectSquares {
    int cnt[1001][1001] = {};
    vector<pair<int, int>> points;
public:
    DetectSquares() {
    }

    void add(vector<int> point) {
        if (cnt[point[0]][point[1]]++ == 0) points.push_back({point[0], point[1]});
    }

    int count(vector<int> point) {
        int x = point[0], y = point[1], total = 0;
        for (auto [px, py] : points) {
            if (abs(px - x) != abs(py - y) || px == x) continue;
            total += cnt[px][py] * cnt[x][py] * cnt[px][y];
        }
        return total;
    }
};

/**
 * Your DetectSquares object will be instantiated and called as such:
 * DetectSquares* obj = new DetectSquares();
 * obj->add(point);
 * int param_2 = obj->count(point);
 */
