class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        int groups = 0;
        long long num = -1, den = 1;
        for (int i : order) {
            long long d = target - position[i], s = speed[i];
            if (num < 0 || d * den > num * s) {
                groups++;
                num = d;
                den = s;
            }
        }
        return groups;
    }
};
