class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        List<List<Integer>> neededBy = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) neededBy.add(new ArrayList<>());
        int[] missing = new int[numCourses];
        for (int[] p : prerequisites) {
            neededBy.get(p[1]).add(p[0]);
            missing[p[0]]++;
        }
        int[] order = new int[numCourses];
        int tail = 0;
        for (int c = 0; c < numCourses; c++)
            if (missing[c] == 0) order[tail++] = c;
        for (int head = 0; head < tail; head++)
            for (int d : neededBy.get(order[head]))
                if (--missing[d] == 0) order[tail++] = d;
        return tail == numCourses ? order : new int[0];
    }
}
