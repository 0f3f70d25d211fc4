class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> after(numCourses);
        vector<int> indegree(numCourses, 0);
        for (auto& p : prerequisites) {
            after[p[1]].push_back(p[0]);
            indegree[p[0]]++;
        }
        queue<int> ready;
        for (int i = 0; i < numCourses; i++)
            if (indegree[i] == 0) ready.push(i);
        int done = 0;
        while (!ready.empty()) {
            int c = ready.front();
            ready.pop();
            done++;
            for (int next : after[c])
                if (--indegree[next] == 0) ready.push(next);
        }
        return done == numCourses;
    }
};
