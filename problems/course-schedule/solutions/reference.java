class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) after.add(new ArrayList<>());
        int[] indegree = new int[numCourses];
        for (int[] p : prerequisites) {
            after.get(p[1]).add(p[0]);
            indegree[p[0]]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < numCourses; i++)
            if (indegree[i] == 0) ready.add(i);
        int done = 0;
        while (!ready.isEmpty()) {
            int c = ready.poll();
            done++;
            for (int next : after.get(c))
                if (--indegree[next] == 0) ready.add(next);
        }
        return done == numCourses;
    }
}
