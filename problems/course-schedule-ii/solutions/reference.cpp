class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> neededBy(numCourses);
        vector<int> missing(numCourses, 0);
        for (auto& p : prerequisites) {
            neededBy[p[1]].push_back(p[0]);
            missing[p[0]]++;
        }
        vector<int> order;
        for (int c = 0; c < numCourses; c++)
            if (missing[c] == 0) order.push_back(c);
        for (size_t head = 0; head < order.size(); head++)
            for (int d : neededBy[order[head]])
                if (--missing[d] == 0) order.push_back(d);
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
