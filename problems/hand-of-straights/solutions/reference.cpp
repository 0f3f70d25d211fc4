class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize) return false;
        map<int, int> count;
        for (int x : hand) count[x]++;
        for (auto& [v, c] : count) {
            if (c == 0) continue;
            int need = c;
            for (long long w = v; w < (long long)v + groupSize; w++) {
                auto it = count.find((int)w);
                if (it == count.end() || it->second < need) return false;
                it->second -= need;
            }
        }
        return true;
    }
};
