class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        unordered_map<string, multiset<string>> out;
        for (auto& t : tickets) out[t[0]].insert(t[1]);
        vector<string> route, stack{"JFK"};
        while (!stack.empty()) {
            auto& next = out[stack.back()];
            if (next.empty()) {
                route.push_back(stack.back());
                stack.pop_back();
            } else {
                string to = *next.begin();
                next.erase(next.begin());
                stack.push_back(to);
            }
        }
        reverse(route.begin(), route.end());
        return route;
    }
};
